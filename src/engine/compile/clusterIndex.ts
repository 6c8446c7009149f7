/**
 * The pods (workloads) and namespaces of a document, indexed for the
 * compiler: pod `i` is `doc.workloads[i]`.
 */
import type { Doc, Labels, Namespace, PodKey, Workload } from '../../model';
import { NAMESPACE_NAME_LABEL, podKeyOf } from '../../model';
import { ipRangeParse } from '../match/cidr';
import type { IpRange } from '../match/cidr';

export interface PodAddress {
  readonly family: 4 | 6;
  readonly value: bigint;
  readonly pod: number;
}

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
  /** Every single-address pod IP, sorted by family then address (for ipBlock lookups). */
  readonly addresses: readonly PodAddress[];
  /** Pod "IPs" that are ranges (a CIDR set by hand), checked one by one. */
  readonly ranges: readonly { readonly pod: number; readonly range: IpRange }[];
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

function podKeysFrom(workloads: readonly Workload[]) {
  const pods = workloads.map((w) => podKeyOf(w.namespace, w.name));
  const podIndexes = new Map<PodKey, number>();
  const podsByNamespace = new Map<string, number[]>();
  pods.forEach((key, i) => {
    if (!podIndexes.has(key)) podIndexes.set(key, i);
  });
  workloads.forEach((w, i) => {
    const list = podsByNamespace.get(w.namespace);
    if (list === undefined) podsByNamespace.set(w.namespace, [i]);
    else list.push(i);
  });
  return { pods, podIndexes, podsByNamespace };
}

function addressesFrom(podIps: readonly (readonly IpRange[])[]) {
  const addresses: PodAddress[] = [];
  const ranges: { pod: number; range: IpRange }[] = [];
  podIps.forEach((ips, pod) => {
    for (const range of ips) {
      if (range.first === range.last) {
        addresses.push({ family: range.family, value: range.first, pod });
      } else {
        ranges.push({ pod, range });
      }
    }
  });
  addresses.sort(
    (a, b) => a.family - b.family || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
  return { addresses, ranges };
}

/**
 * `previous`, when given, lends what the workloads both share: the pod keys
 * when every workload keeps its namespace and name, the parsed IPs of
 * unchanged workload objects, and the sorted addresses when no IP changed.
 */
export function clusterIndexFrom(doc: Doc, previous?: ClusterIndex): ClusterIndex {
  const { workloads } = doc;
  const samePods =
    previous?.size === workloads.length &&
    workloads.every((w, i) => {
      const old = previous.workloads[i];
      return w === old || (w.namespace === old?.namespace && w.name === old.name);
    });
  const keys = samePods ? previous : podKeysFrom(workloads);
  const declared = new Map(doc.namespaces.map((ns) => [ns.name, ns]));
  const namespaceLabels = new Map<string, Labels>();
  for (const name of new Set([...declared.keys(), ...keys.podsByNamespace.keys()])) {
    namespaceLabels.set(name, namespaceLabelsOf(name, declared.get(name)));
  }
  const podIps = workloads.map((w, i) =>
    previous?.workloads[i] === w
      ? (previous.podIps[i] ?? [])
      : w.ips.map(ipRangeParse).filter((r): r is IpRange => r !== null),
  );
  const sameIps = samePods && podIps.every((ips, i) => ips === previous.podIps[i]);
  const { addresses, ranges } = sameIps ? previous : addressesFrom(podIps);
  return {
    workloads,
    namespaces: doc.namespaces,
    size: workloads.length,
    pods: keys.pods,
    podIndexes: keys.podIndexes,
    podIps,
    addresses,
    ranges,
    podsByNamespace: keys.podsByNamespace,
    namespaceLabels,
  };
}

/** Whether two indexes hold the same pods (keys) in the same order. */
export function clusterSamePods(a: ClusterIndex, b: ClusterIndex): boolean {
  return a.size === b.size && a.pods.every((key, i) => key === b.pods[i]);
}
