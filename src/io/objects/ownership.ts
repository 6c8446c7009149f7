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
 * dropped; the ones nothing else in the input was made from are kept.
 */
import type { Workload } from '../../model';
import type { OwnerRef } from './workload';

export interface OwnedWorkload {
  readonly workload: Workload;
  readonly owners: readonly OwnerRef[];
}

function keyOf(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}

/** For each dropped workload (by position), the workload of the input that it owns. */
export function findOwnersToDrop(candidates: readonly OwnedWorkload[]): Map<number, Workload> {
  const byKey = new Map<string, number>();
  candidates.forEach(({ workload }, i) => {
    const key = keyOf(workload.namespace, workload.kind, workload.name);
    if (!byKey.has(key)) byKey.set(key, i);
  });
  const dropped = new Map<number, Workload>();
  candidates.forEach(({ workload, owners }, i) => {
    for (const owner of owners) {
      const position = byKey.get(keyOf(workload.namespace, owner.kind, owner.name));
      if (position !== undefined && position !== i && !dropped.has(position)) {
        dropped.set(position, workload);
      }
    }
  });
  return dropped;
}
