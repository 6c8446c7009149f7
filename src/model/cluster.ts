/**
 * What the policies act on: namespaces, workloads (pods) and endpoints outside
 * the cluster.
 */
import type { LabelSelector, Labels } from './labels';
import type { Protocol } from './networkPolicy';

/** `namespace/name`, the identity of a workload. Build with `podKeyOf`. */
export type PodKey = string & { readonly _brand: 'PodKey' };

export function podKeyOf(namespace: string, name: string): PodKey {
  return `${namespace}/${name}` as PodKey;
}

/** The label the API server puts on every namespace. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** Where an object whose `metadata.namespace` is omitted or empty lands. */
export const DEFAULT_NAMESPACE = 'default';

/**
 * The namespace an object lands in: its `metadata.namespace`, or `default`
 * when that is omitted or empty, as kubectl and the API server do. The one
 * place this rule is written; a policy in a `Doc` always has it applied.
 */
export function namespaceOrDefault(namespace: string | undefined): string {
  return namespace === undefined || namespace === '' ? DEFAULT_NAMESPACE : namespace;
}

export interface Namespace {
  readonly name: string;
  /** Always includes `kubernetes.io/metadata.name: <name>`. */
  readonly labels: Labels;
  readonly annotations?: Readonly<Record<string, string>>;
}

export type WorkloadKind =
  'Pod' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'Job' | 'CronJob';

export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
];

export interface ContainerPort {
  readonly name?: string;
  readonly containerPort: number;
  /** Defaults to `TCP`. */
  readonly protocol: Protocol;
}

/**
 * What an inferred workload stands for: the pods one selector of the policies
 * picks in a namespace that has policies and no pods (a Git folder of
 * policies). Never part of a document: derived for the view, never exported.
 */
export interface InferredFrom {
  readonly selector: LabelSelector;
  /** The policies (`namespace/name`) whose selector or peer it stands for, in document order. */
  readonly policies: readonly string[];
  /**
   * The port ranges of the rules towards it (`port: 8000, endPort: 8100`), each
   * of which its ports hold by the first port; absent when there are none.
   */
  readonly ranges?: readonly InferredRange[];
}

/** A rule's port range, as an inferred workload's ports stand for it. */
export interface InferredRange {
  readonly protocol: Protocol;
  readonly port: number;
  readonly endPort: number;
}

/**
 * A set of pods with the same labels: a Pod, or a workload's pod template.
 * Policies see it as one pod.
 */
export interface Workload {
  readonly namespace: string;
  readonly name: string;
  readonly kind: WorkloadKind;
  /** A Pod's labels, or the pod template's labels. */
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
  /** From `status.podIP` / `status.podIPs` (every replica's), or set by hand. */
  readonly ips: readonly string[];
  /**
   * How many pods it stands for, when known: the replicas of one controller
   * read from a live dump (`kubectl get pods -o yaml`), or `spec.replicas`.
   */
  readonly replicas?: number;
  readonly annotations?: Readonly<Record<string, string>>;
  /** Present only on a workload inferred from the policies (`inferWorkloads`), never in a document. */
  readonly inferred?: InferredFrom;
}

/** A port an external endpoint listens on: `{port: 80, protocol: TCP, name: http}`. */
export interface ExternalPort {
  readonly port: number;
  readonly protocol: Protocol;
  readonly name?: string;
}

/** An address outside the cluster, such as "backup server" at `192.168.5.10/32`. */
export interface ExternalEndpoint {
  readonly name: string;
  /** An IP or a CIDR (an IP alone means a single host). */
  readonly cidr: string;
  /**
   * The ports it listens on (a backup server's HTTP on TCP 80), so that the
   * connections pods open to it are checked even before a rule names them.
   */
  readonly ports?: readonly ExternalPort[];
  /** `metadata.annotations` of its `ExternalEndpoint` object (the editor keeps its position here). */
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * The annotation a saved design (and a lesson step's design) keeps a node's
 * place on the canvas in, as `x,y`: on its Namespace, workload or
 * ExternalEndpoint object, never inside a policy's spec.
 */
export const POSITION_ANNOTATION = 'netpol-canvas.dev/position';
