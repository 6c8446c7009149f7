/**
 * Workloads, not replicas. A live dump (`kubectl get pods -A -o yaml`) holds
 * every replica of a Deployment as its own Pod; the replicas of one controller
 * (see `podController.ts`) become one workload with a replica count, named and
 * kinded after the controller, holding every replica's IPs:
 *
 * ```yaml
 * kind: Pod                                       # three of these, web-7c9d5-abcde, -fghij, -klmno
 * metadata:
 *   labels: {app: web, pod-template-hash: 7c9d5}
 *   ownerReferences: [{kind: ReplicaSet, name: web-7c9d5, controller: true}]
 * status: {podIP: 10.0.0.7}
 * # → Deployment web, labels {app: web}, ips [10.0.0.7, 10.0.0.8, 10.0.0.9], replicas: 3
 * ```
 *
 * Replicas agree when their labels (but for those the controller writes per
 * pod or per revision, `PER_REPLICA_LABELS`) and container ports are the same.
 * The replicas that disagree with the most of their siblings stay separate
 * Pods, with a warning that names them. Annotations the replicas share are kept.
 */
import { namesJoin, replicasText, stableLabels } from '../../engine';
import type { ContainerPort, Labels, Workload } from '../../model';
import type { OwnedWorkload } from './ownership';
import type { PodController } from './podController';
import { podControllerOf, replicaSetDeployments } from './podController';
import type { Read } from './readObjects';

/** A warning about the replicas of one controller, placed on `read`. */
export interface ReplicaWarning {
  readonly read: Read<OwnedWorkload>;
  readonly message: string;
}

function labelsKey(labels: Labels): string {
  return JSON.stringify(Object.entries(stableLabels(labels)).sort());
}

function portsKey(ports: readonly ContainerPort[]): string {
  return JSON.stringify(ports.map((p) => [p.name ?? '', p.containerPort, p.protocol]).sort());
}

/** The annotations every replica has with the same value. */
function sharedAnnotations(workloads: readonly Workload[]): Record<string, string> | undefined {
  const [first, ...others] = workloads;
  const shared: Record<string, string> = {};
  for (const [key, value] of Object.entries(first?.annotations ?? {})) {
    if (others.every((w) => w.annotations?.[key] === value)) shared[key] = value;
  }
  return Object.keys(shared).length > 0 ? shared : undefined;
}

/** The replicas as one workload, at the place of the first of them. */
function merged(controller: PodController, replicas: readonly Read<OwnedWorkload>[]) {
  const [first] = replicas;
  if (first === undefined) throw new Error('a replica group is never empty');
  const workloads = replicas.map((read) => read.value.workload);
  const annotations = sharedAnnotations(workloads);
  const workload: Workload = {
    namespace: first.value.workload.namespace,
    name: controller.name,
    kind: controller.kind,
    labels: stableLabels(first.value.workload.labels),
    ports: first.value.workload.ports,
    ips: [...new Set(workloads.flatMap((w) => w.ips))],
    replicas: replicas.length,
    ...(annotations ? { annotations } : {}),
  };
  const owners = [
    ...replicas.flatMap((read) => read.value.owners),
    { ...controller, controller: true },
  ];
  const pods = workloads.map((w) => w.name);
  return { ...first, value: { workload, owners, pods } };
}

/** The replicas that agree with most of the others (the first such set on a tie), and the rest. */
function agreeing(replicas: readonly Read<OwnedWorkload>[]) {
  const sets = new Map<string, Read<OwnedWorkload>[]>();
  for (const read of replicas) {
    const { labels, ports } = read.value.workload;
    const key = `${labelsKey(labels)}\u0000${portsKey(ports)}`;
    const set = sets.get(key);
    if (set === undefined) sets.set(key, [read]);
    else set.push(read);
  }
  let most: Read<OwnedWorkload>[] = [];
  for (const set of sets.values()) if (set.length > most.length) most = set;
  const kept = new Set(most);
  return { most, others: replicas.filter((read) => !kept.has(read)) };
}

function disagreement(
  controller: PodController,
  sample: Workload,
  most: number,
  others: readonly Workload[],
): string {
  const { namespace } = sample;
  const what = [
    others.some((w) => labelsKey(w.labels) !== labelsKey(sample.labels)) ? 'labels' : '',
    others.some((w) => portsKey(w.ports) !== portsKey(sample.ports)) ? 'ports' : '',
  ].filter((word) => word !== '');
  const names = namesJoin(
    others.map((w) => `${namespace}/${w.name}`),
    5,
  );
  const one = others.length === 1;
  const rest = most === 1 ? 'replica' : replicasText(most);
  return (
    `${one ? 'Pod' : 'Pods'} ${names} of ${controller.kind} ${namespace}/${controller.name} ` +
    `${one ? 'has' : 'have'} other ${what.join(' and ')} than the other ${rest}; ` +
    (one ? 'it stays a separate workload' : 'they stay separate workloads')
  );
}

/**
 * The workloads of the input with the replicas of each controller made one
 * workload (see above), in input order, and a warning per controller whose
 * replicas disagree.
 */
export function groupReplicas(reads: readonly Read<OwnedWorkload>[]): {
  workloads: Read<OwnedWorkload>[];
  warnings: ReplicaWarning[];
} {
  const deployments = replicaSetDeployments(reads.map((read) => read.value));
  const groups = new Map<string, { controller: PodController; replicas: Read<OwnedWorkload>[] }>();
  for (const read of reads) {
    const controller = podControllerOf(read.value, deployments);
    if (controller === undefined) continue;
    const key = `${read.value.workload.namespace}\u0000${controller.kind}\u0000${controller.name}`;
    const group = groups.get(key) ?? { controller, replicas: [] };
    group.replicas.push(read);
    groups.set(key, group);
  }
  const warnings: ReplicaWarning[] = [];
  const replacement = new Map<Read<OwnedWorkload>, Read<OwnedWorkload> | null>();
  for (const { controller, replicas } of groups.values()) {
    const { most, others } = agreeing(replicas);
    const [first, ...rest] = most;
    if (first === undefined) continue;
    replacement.set(first, merged(controller, most));
    for (const read of rest) replacement.set(read, null);
    const [firstOther] = others;
    if (firstOther === undefined) continue;
    const sample = first.value.workload;
    const odd = others.map((read) => read.value.workload);
    warnings.push({
      read: firstOther,
      message: disagreement(controller, sample, most.length, odd),
    });
  }
  const workloads = reads.flatMap((read) => {
    const next = replacement.get(read);
    if (next === undefined) return [read];
    return next === null ? [] : [next];
  });
  return { workloads, warnings };
}
