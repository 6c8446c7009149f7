/**
 * The names Kubernetes gives a workload's pods, which `kubectl get pods` prints:
 * the controller's name, then what it generates.
 *
 * ```text
 * Deployment  web     web-7c9d5f8b6-x2x8z   (<pod-template-hash>-<5 characters>)
 * ReplicaSet  web-rs  web-rs-x2x8z
 * DaemonSet   agent   agent-q7v2m
 * Job         backup  backup-4kd9p
 * CronJob     report  report-29012345-4kd9p (<scheduled minute>-<5 characters>)
 * StatefulSet db      db-0, db-1
 * ```
 */
import type { WorkloadKind } from './cluster';

/** The 5 characters generated for a pod's name (`x2x8z`). */
const RANDOM = '[a-z0-9]{5}';

const SUFFIX: Readonly<Record<WorkloadKind, RegExp | null>> = {
  Pod: null,
  Deployment: new RegExp(`^[a-z0-9]{1,10}-${RANDOM}$`),
  ReplicaSet: new RegExp(`^${RANDOM}$`),
  DaemonSet: new RegExp(`^${RANDOM}$`),
  Job: new RegExp(`^${RANDOM}$`),
  CronJob: new RegExp(`^\\d+-${RANDOM}$`),
  StatefulSet: /^\d+$/,
};

/** Whether `podName` is a name Kubernetes gives a pod of the workload `name` of `kind`. */
export function isPodNameOf(podName: string, name: string, kind: WorkloadKind): boolean {
  const suffix = SUFFIX[kind];
  if (suffix === null || !podName.startsWith(`${name}-`)) return false;
  return suffix.test(podName.slice(name.length + 1));
}
