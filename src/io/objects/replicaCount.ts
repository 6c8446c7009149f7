/**
 * How many pods a workload stands for, as its object writes it:
 *
 * ```yaml
 * kind: Deployment                      # also StatefulSet, ReplicaSet
 * spec: {replicas: 3}
 * ---
 * kind: DaemonSet                       # kinds without spec.replicas (Pod, Job, CronJob too):
 * metadata:                             # the count read from a live dump is kept here on export
 *   annotations: {netpol-canvas.dev/replicas: "3"}
 * ```
 */
import type { WorkloadKind } from '../../model';
import { fieldAt, stringAt } from './rawObject';

export const REPLICAS_ANNOTATION = 'netpol-canvas.dev/replicas';

const WITH_SPEC_REPLICAS: readonly WorkloadKind[] = ['Deployment', 'StatefulSet', 'ReplicaSet'];

/** Whether the kind writes its count as `spec.replicas` (else as the annotation). */
export function hasSpecReplicas(kind: WorkloadKind): boolean {
  return WITH_SPEC_REPLICAS.includes(kind);
}

/** The count the object writes, or undefined when it writes none (or not a count). */
export function replicasOf(raw: unknown, kind: WorkloadKind): number | undefined {
  if (hasSpecReplicas(kind)) {
    const replicas = fieldAt(raw, ['spec', 'replicas']);
    return typeof replicas === 'number' && Number.isSafeInteger(replicas) && replicas >= 0
      ? replicas
      : undefined;
  }
  const written = stringAt(raw, ['metadata', 'annotations', REPLICAS_ANNOTATION]) ?? '';
  return /^\d{1,9}$/.test(written) ? Number(written) : undefined;
}
