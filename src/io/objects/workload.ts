/**
 * Pods and the workloads that make pods. A workload stands for its pods: it
 * takes the pod template's labels and the ports of every container (sidecars too).
 *
 * ```yaml
 * kind: Deployment                     # also StatefulSet, DaemonSet, ReplicaSet, Job
 * spec:
 *   template:                          # CronJob: spec.jobTemplate.spec.template
 *     metadata: {labels: {app: web}}   # the workload's labels
 *     spec:
 *       containers:
 *         - ports: [{name: http, containerPort: 80}]   # protocol: TCP
 * ---
 * kind: Pod
 * metadata: {labels: {app: web}}
 * status: {podIP: 10.0.0.7, podIPs: [{ip: 10.0.0.7}]}  # the pod's IPs
 * ```
 *
 * Only a Pod has a status with IPs; for the other kinds the export keeps IPs
 * set by hand in the annotation `netpol-canvas.dev/pod-ips` (comma-separated).
 */
import { PROTOCOLS } from '../../model';
import type { ContainerPort, Protocol, Workload, WorkloadKind } from '../../model';
import { API_VERSIONS } from './objectKind';
import { annotationsOf, metadataNamespace, readableName } from './objectMeta';
import { fieldAt, listAt, stringAt, stringMapOf } from './rawObject';
import { hasSpecReplicas, REPLICAS_ANNOTATION, replicasOf } from './replicaCount';
import type { PathIssue } from '../validate/networkPolicy';
import { validateWorkloadObject } from '../validate/workload';

export const POD_IPS_ANNOTATION = 'netpol-canvas.dev/pod-ips';
/** The image an exported workload runs: it is only there so the object is complete. */
export const PLACEHOLDER_IMAGE = 'registry.k8s.io/pause:3.10';

/** An `ownerReferences` entry: the workload that made this one. */
export interface OwnerRef {
  readonly kind: string;
  readonly name: string;
  /** `controller: true`: the one owner that manages it (a Pod's ReplicaSet, StatefulSet, …). */
  readonly controller: boolean;
}

/** Where the pod template sits in each kind (`[]` is the object itself, for a Pod). */
function templatePath(kind: WorkloadKind): readonly string[] {
  if (kind === 'Pod') return [];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template'];
  return ['spec', 'template'];
}

/**
 * The containers that serve ports: `containers`, and sidecars, the init
 * containers that keep running beside them (Kubernetes 1.29+):
 *
 * ```yaml
 * initContainers:
 *   - {name: proxy, restartPolicy: Always, ports: [{name: envoy, containerPort: 15001}]}
 * ```
 */
function servingContainers(podSpec: unknown): unknown[] {
  const sidecars = listAt(podSpec, ['initContainers']).filter(
    (container) => stringAt(container, ['restartPolicy']) === 'Always',
  );
  return [...sidecars, ...listAt(podSpec, ['containers'])];
}

function portsOf(podSpec: unknown): ContainerPort[] {
  const ports: ContainerPort[] = [];
  for (const container of servingContainers(podSpec)) {
    for (const port of listAt(container, ['ports'])) {
      const containerPort = fieldAt(port, ['containerPort']);
      if (typeof containerPort !== 'number') continue;
      const written = stringAt(port, ['protocol']);
      const protocol: Protocol = PROTOCOLS.includes(written as Protocol)
        ? (written as Protocol)
        : 'TCP';
      const name = stringAt(port, ['name']);
      ports.push(name ? { name, containerPort, protocol } : { containerPort, protocol });
    }
  }
  return ports;
}

function ipsOf(raw: unknown, kind: WorkloadKind): string[] {
  const ips: string[] = [];
  if (kind === 'Pod') {
    for (const entry of listAt(raw, ['status', 'podIPs'])) {
      const ip = stringAt(entry, ['ip']);
      if (ip) ips.push(ip);
    }
    const podIP = stringAt(raw, ['status', 'podIP']);
    if (ips.length === 0 && podIP) ips.push(podIP);
  } else {
    const written = stringAt(raw, ['metadata', 'annotations', POD_IPS_ANNOTATION]) ?? '';
    ips.push(
      ...written
        .split(',')
        .map((ip) => ip.trim())
        .filter((ip) => ip !== ''),
    );
  }
  return [...new Set(ips)];
}

function ownersOf(raw: unknown): OwnerRef[] {
  return listAt(raw, ['metadata', 'ownerReferences']).flatMap((ref) => {
    const kind = stringAt(ref, ['kind']);
    const name = stringAt(ref, ['name']);
    const controller = fieldAt(ref, ['controller']) === true;
    return kind && name ? [{ kind, name, controller }] : [];
  });
}

/** A workload as read, with what tells which controller made it (see `replicaGroups.ts`). */
export interface WorkloadRead {
  readonly workload: Workload | null;
  /** From `metadata.ownerReferences`. */
  readonly owners: OwnerRef[];
  /** `metadata.generateName`, the prefix a controller gave the name (`web-7c9d5-`). */
  readonly generateName?: string;
  readonly issues: PathIssue[];
}

/** A raw Pod or workload read, or null when it has errors; `owners` from its ownerReferences. */
export function readWorkload(raw: unknown, kind: WorkloadKind): WorkloadRead {
  const issues = validateWorkloadObject(raw);
  const name = readableName(raw, issues);
  if (name === null) return { workload: null, owners: [], issues };
  const template = fieldAt(raw, templatePath(kind));
  const replicas = replicasOf(raw, kind);
  const annotations = annotationsOf(raw, [POD_IPS_ANNOTATION, REPLICAS_ANNOTATION]);
  const workload: Workload = {
    namespace: metadataNamespace(raw),
    name,
    kind,
    labels: stringMapOf(fieldAt(template, ['metadata', 'labels'])),
    ports: portsOf(fieldAt(template, ['spec'])),
    ips: ipsOf(raw, kind),
    ...(replicas === undefined ? {} : { replicas }),
    ...(annotations ? { annotations } : {}),
  };
  const generateName = stringAt(raw, ['metadata', 'generateName']);
  return {
    workload,
    owners: ownersOf(raw),
    ...(generateName ? { generateName } : {}),
    issues,
  };
}

/** A container name: the workload's name when it is a valid DNS label, else `main`. */
function containerName(name: string): string {
  return /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name) ? name : 'main';
}

function podSpecOf(workload: Workload): Record<string, unknown> {
  const container: Record<string, unknown> = {
    name: containerName(workload.name),
    image: PLACEHOLDER_IMAGE,
  };
  if (workload.ports.length > 0) {
    container.ports = workload.ports.map(({ name, containerPort, protocol }) =>
      name === undefined ? { containerPort, protocol } : { name, containerPort, protocol },
    );
  }
  const spec: Record<string, unknown> = { containers: [container] };
  if (workload.kind === 'Job' || workload.kind === 'CronJob') spec.restartPolicy = 'Never';
  return spec;
}

/** A workload as an object of its kind, which the importer reads back to the same workload. */
export function workloadToObject(workload: Workload): Record<string, unknown> {
  const { kind, name, namespace, ips, replicas } = workload;
  const labels = stringMapOf(workload.labels);
  const annotations = stringMapOf(workload.annotations ?? {});
  if (kind !== 'Pod' && ips.length > 0) annotations[POD_IPS_ANNOTATION] = ips.join(',');
  if (replicas !== undefined && !hasSpecReplicas(kind)) {
    annotations[REPLICAS_ANNOTATION] = String(replicas);
  }
  const metadata: Record<string, unknown> = { name, namespace };
  if (kind === 'Pod' && Object.keys(labels).length > 0) metadata.labels = labels;
  if (Object.keys(annotations).length > 0) metadata.annotations = stringMapOf(annotations);
  const object: Record<string, unknown> = { apiVersion: API_VERSIONS[kind], kind, metadata };
  if (kind === 'Pod') {
    object.spec = podSpecOf(workload);
    if (ips.length > 0) object.status = { podIP: ips[0], podIPs: ips.map((ip) => ({ ip })) };
    return object;
  }
  const template = { metadata: { labels }, spec: podSpecOf(workload) };
  if (kind === 'CronJob') {
    object.spec = { schedule: '@daily', jobTemplate: { spec: { template } } };
  } else if (kind === 'Job') {
    object.spec = { template };
  } else {
    const spec = { selector: { matchLabels: labels }, template };
    object.spec = replicas !== undefined && hasSpecReplicas(kind) ? { replicas, ...spec } : spec;
  }
  return object;
}
