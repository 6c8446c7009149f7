/**
 * The pods (workloads) and namespaces of a document, indexed for the
 * compiler: pod `i` is `doc.workloads[i]`.
 */
import type { Doc, Labels, Namespace, PodKey, Workload } from '../model';
import { NAMESPACE_NAME_LABEL, podKeyOf } from '../model';
import { ipRangeParse } from './cidr';
import type { IpRange } from './cidr';

export interface ClusterIndex {
  /** The arrays it was built from (identity is what the evaluator compares). */
  readonly workloads: readonly Workload[];
  readonly namespaces: readonly Namespace[];
  readonly size: number;
  readonly pods: readonly PodKey[];
  /** The first pod with each key. */
  readonly podIndexes: ReadonlyMap<PodKey, number>;
  /** Each pod's IPs, parsed; unparsable ones are left out. */
  readonly podIps: readonly (readonly IpRange[])[];
  /** Pod indexes per namespace, ascending. */
  readonly podsByNamespace: ReadonlyMap<string, readonly number[]>;
  /** Labels of every namespace that holds a pod or appears in `doc.namespaces`. */
  readonly namespaceLabels: ReadonlyMap<string, Labels>;
}

/**
 * A namespace's labels as the API server keeps them: `kubernetes.io/metadata.name:
 * <name>` is always there. A namespace a workload names but `doc.namespaces`
 * lacks has just that label.
 *
 * ```yaml
 * namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: prod}}   # always works
 * ```
 */
export function namespaceLabelsOf(name: string, namespace: Namespace | undefined): Labels {
  return { ...(namespace?.labels ?? {}), [NAMESPACE_NAME_LABEL]: name };
}

/** `previous`, when given, lends the parsed IPs of the workloads both share (by identity). */
export function clusterIndexFrom(doc: Doc, previous?: ClusterIndex): ClusterIndex {
  const pods = doc.workloads.map((w) => podKeyOf(w.namespace, w.name));
  const podIndexes = new Map<PodKey, number>();
  const podsByNamespace = new Map<string, number[]>();
  pods.forEach((key, i) => {
    if (!podIndexes.has(key)) podIndexes.set(key, i);
  });
  doc.workloads.forEach((w, i) => {
    const list = podsByNamespace.get(w.namespace);
    if (list === undefined) podsByNamespace.set(w.namespace, [i]);
    else list.push(i);
  });
  const declared = new Map(doc.namespaces.map((ns) => [ns.name, ns]));
  const namespaceLabels = new Map<string, Labels>();
  for (const name of new Set([...declared.keys(), ...podsByNamespace.keys()])) {
    namespaceLabels.set(name, namespaceLabelsOf(name, declared.get(name)));
  }
  const podIps = doc.workloads.map((w, i) =>
    previous?.workloads[i] === w
      ? (previous.podIps[i] ?? [])
      : w.ips.map(ipRangeParse).filter((r): r is IpRange => r !== null),
  );
  return {
    workloads: doc.workloads,
    namespaces: doc.namespaces,
    size: pods.length,
    pods,
    podIndexes,
    podIps,
    podsByNamespace,
    namespaceLabels,
  };
}

/** Whether two indexes hold the same pods (keys) in the same order. */
export function clusterSamePods(a: ClusterIndex, b: ClusterIndex): boolean {
  return a.size === b.size && a.pods.every((key, i) => key === b.pods[i]);
}
