/**
 * One set of pods counted once. A cluster dump holds a Deployment, its
 * ReplicaSet and their Pods, all describing the same pods:
 *
 * ```yaml
 * kind: Pod
 * metadata:
 *   name: web-7c9d-x2x
 *   ownerReferences: [{kind: ReplicaSet, name: web-7c9d}]   # ReplicaSet web-7c9d is left out,
 * ---                                                        # and so is Deployment web, which
 * kind: ReplicaSet                                           # owns it
 * metadata:
 *   name: web-7c9d
 *   ownerReferences: [{kind: Deployment, name: web}]
 * ```
 *
 * Every workload that owns another workload of the input (same namespace) is
 * dropped; the ones nothing else in the input was made from are kept. The
 * replicas of one controller made one workload (`replicaGroups.ts`) own that
 * controller too, and are never dropped: they are the pods themselves.
 */
import type { Workload } from '../../model';
import type { OwnerRef } from './workload';

export interface OwnedWorkload {
  readonly workload: Workload;
  readonly owners: readonly OwnerRef[];
  /** `metadata.generateName`: the name prefix its controller gave it. */
  readonly generateName?: string;
  /** The Pods of the input it stands for, when it is the replicas of one controller. */
  readonly pods?: readonly string[];
}

function keyOf(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}

/** For each dropped workload (by position), the workload of the input that it owns. */
export function findOwnersToDrop(candidates: readonly OwnedWorkload[]): Map<number, Workload> {
  const byKey = new Map<string, number[]>();
  candidates.forEach(({ workload, pods }, i) => {
    if (pods !== undefined) return;
    const key = keyOf(workload.namespace, workload.kind, workload.name);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const dropped = new Map<number, Workload>();
  candidates.forEach(({ workload, owners }, i) => {
    for (const owner of owners) {
      for (const position of byKey.get(keyOf(workload.namespace, owner.kind, owner.name)) ?? []) {
        if (position !== i && !dropped.has(position)) dropped.set(position, workload);
      }
    }
  });
  return dropped;
}
