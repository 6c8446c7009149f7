/**
 * Which controller made a Pod of a live dump, and so which workload its
 * replicas become. The controller reference says it:
 *
 * ```yaml
 * kind: Pod
 * metadata:
 *   name: web-7c9d5-abcde
 *   labels: {app: web, pod-template-hash: 7c9d5}
 *   ownerReferences:                          # → Deployment web: the ReplicaSet's name is
 *     - {kind: ReplicaSet, name: web-7c9d5,   #   <deployment>-<pod-template-hash>
 *        controller: true}
 * ```
 *
 * A ReplicaSet whose name does not end in its pods' `pod-template-hash` (one
 * made by hand) names the workload itself, unless the input holds it with its
 * own controller reference to a Deployment; StatefulSet, DaemonSet and Job
 * pods take their owner's name. Without owner references (a dump trimmed of
 * server fields), the names the controllers generate tell it:
 *
 * ```yaml
 * metadata: {generateName: web-7c9d5-, labels: {pod-template-hash: 7c9d5}}      # Deployment web
 * metadata: {generateName: agent-, labels: {controller-revision-hash: 6b7f}}     # DaemonSet agent
 * metadata: {generateName: backup-, labels: {job-name: backup}}                  # Job backup
 * metadata: {name: db-1, labels: {statefulset.kubernetes.io/pod-name: db-1}}     # StatefulSet db
 * ```
 */
import type { Labels, WorkloadKind } from '../../model';
import type { OwnedWorkload } from './ownership';

/** The workload a Pod's replicas become. */
export interface PodController {
  readonly kind: WorkloadKind;
  readonly name: string;
}

const POD_TEMPLATE_HASH = 'pod-template-hash';
const REVISION_HASH = 'controller-revision-hash';
const STATEFUL_POD_NAME = 'statefulset.kubernetes.io/pod-name';
const JOB_NAME_LABELS = ['batch.kubernetes.io/job-name', 'job-name'];

const POD_MAKERS: readonly WorkloadKind[] = ['ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'];

/** `Deployment <prefix>` when the ReplicaSet is named `<prefix>-<pod-template-hash>`. */
function fromReplicaSet(name: string, labels: Labels, deployment?: string): PodController {
  if (deployment !== undefined) return { kind: 'Deployment', name: deployment };
  const hash = labels[POD_TEMPLATE_HASH];
  const suffix = `-${hash ?? ''}`;
  if (hash && name.length > suffix.length && name.endsWith(suffix)) {
    return { kind: 'Deployment', name: name.slice(0, -suffix.length) };
  }
  return { kind: 'ReplicaSet', name };
}

/** The controller the generated name and labels tell, for a Pod without owner references. */
function fromGeneratedName(pod: OwnedWorkload): PodController | undefined {
  const { labels, name } = pod.workload;
  const stateful = /^(.+)-\d+$/.exec(name);
  if (labels[STATEFUL_POD_NAME] === name && labels[REVISION_HASH] !== undefined && stateful) {
    return { kind: 'StatefulSet', name: stateful[1] ?? name };
  }
  const prefix = pod.generateName;
  if (prefix === undefined || prefix.length < 2 || !prefix.endsWith('-')) return undefined;
  const base = prefix.slice(0, -1);
  if (labels[POD_TEMPLATE_HASH] !== undefined) return fromReplicaSet(base, labels);
  if (JOB_NAME_LABELS.some((label) => labels[label] === base)) return { kind: 'Job', name: base };
  if (labels[REVISION_HASH] !== undefined) return { kind: 'DaemonSet', name: base };
  return undefined;
}

/**
 * For each ReplicaSet of the input (`namespace/name`) whose controller is a
 * Deployment, that Deployment's name.
 */
export function replicaSetDeployments(workloads: readonly OwnedWorkload[]): Map<string, string> {
  const deployments = new Map<string, string>();
  for (const { workload, owners } of workloads) {
    if (workload.kind !== 'ReplicaSet') continue;
    const owner = owners.find((ref) => ref.controller && ref.kind === 'Deployment');
    if (owner) deployments.set(`${workload.namespace}/${workload.name}`, owner.name);
  }
  return deployments;
}

/**
 * The workload whose replica `pod` is, or undefined when it is not a Pod or
 * was not made by a controller read here (a bare Pod, a static Pod of a Node,
 * a Pod of another product's controller).
 */
export function podControllerOf(
  pod: OwnedWorkload,
  deployments: ReadonlyMap<string, string>,
): PodController | undefined {
  const { kind, namespace, labels } = pod.workload;
  if (kind !== 'Pod') return undefined;
  const controller = pod.owners.find((ref) => ref.controller);
  if (controller === undefined) return fromGeneratedName(pod);
  const maker = POD_MAKERS.find((k) => k === controller.kind);
  if (maker === undefined) return undefined;
  if (maker !== 'ReplicaSet') return { kind: maker, name: controller.name };
  const deployment = deployments.get(`${namespace}/${controller.name}`);
  return fromReplicaSet(controller.name, labels, deployment);
}
