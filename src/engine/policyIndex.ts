/**
 * The compiled form of a document: what `isTrafficAllowed` and `buildMatrix`
 * read. Build it with `compilePolicies` or `createEvaluator().compile`.
 */
import type { PodKey } from '../model';
import { bitsetIndexes } from './bitset';
import type { Bitset } from './bitset';
import type { ClusterIndex } from './clusterIndex';
import type { CompiledPolicy } from './compiledPolicy';

/** Pods isolated for one direction by the same policies. */
export interface IsolationGroup {
  /** Indexes into `PolicyIndex.policies`, ascending (document order). */
  readonly policies: readonly number[];
  readonly pods: readonly number[];
}

/**
 * Isolation for one direction. A pod is isolated for ingress iff some policy
 * in its namespace selects it and has Ingress in its `policyTypes` (the same
 * for egress); a pod no policy isolates allows everything in that direction.
 */
export interface Isolation {
  readonly groups: readonly IsolationGroup[];
  /** Per pod: its group index, or -1 when not isolated. */
  readonly groupOf: Int32Array;
}

export interface PolicyIndex {
  /** Every workload of the document, in document order. */
  readonly pods: readonly PodKey[];
  /** The index of a pod in `pods` (the first with that key). */
  podIndex(key: PodKey): number | undefined;
  readonly cluster: ClusterIndex;
  /** One per `doc.policies` entry, same order. */
  readonly policies: readonly CompiledPolicy[];
  readonly ingress: Isolation;
  readonly egress: Isolation;
  /** The set of every pod. */
  readonly all: Bitset;
}

/**
 * Groups pods by the exact list of policies isolating them, without a list per
 * pod: policies are visited in document order and each selected pod moves from
 * its group to the group "its list + this policy" (a trie of lists).
 */
function isolationOf(
  size: number,
  policies: readonly CompiledPolicy[],
  direction: 'ingress' | 'egress',
): Isolation {
  const trie: { policies: number[]; children: Map<number, number> }[] = [];
  const node = new Int32Array(size).fill(-1);
  const rootChildren = new Map<number, number>();
  policies.forEach((policy, p) => {
    if (policy[direction] === null) return;
    for (const pod of bitsetIndexes(policy.selected)) {
      const from = node[pod] ?? -1;
      const children = from < 0 ? rootChildren : (trie[from]?.children ?? rootChildren);
      let to = children.get(p);
      if (to === undefined) {
        to = trie.length;
        trie.push({ policies: [...(trie[from]?.policies ?? []), p], children: new Map() });
        children.set(p, to);
      }
      node[pod] = to;
    }
  });
  const groups: { policies: number[]; pods: number[] }[] = [];
  const renumber = new Int32Array(trie.length).fill(-1);
  const groupOf = new Int32Array(size).fill(-1);
  node.forEach((n, pod) => {
    if (n < 0) return;
    if (renumber[n] === -1) {
      renumber[n] = groups.length;
      groups.push({ policies: trie[n]?.policies ?? [], pods: [] });
    }
    const g = renumber[n] ?? -1;
    groups[g]?.pods.push(pod);
    groupOf[pod] = g;
  });
  return { groups, groupOf };
}

/** The policies isolating `pod` for `direction`, in document order. */
export function isolatingPolicies(isolation: Isolation, pod: number): readonly number[] {
  const g = isolation.groupOf[pod] ?? -1;
  return g < 0 ? [] : (isolation.groups[g]?.policies ?? []);
}

/**
 * `previous`, when given, lends its isolation if it was built from exactly the
 * same compiled policies (so an edit that changes no policy's pods costs nothing here).
 */
export function policyIndexFrom(
  cluster: ClusterIndex,
  policies: readonly CompiledPolicy[],
  all: Bitset,
  previous?: PolicyIndex,
): PolicyIndex {
  const { podIndexes } = cluster;
  const same =
    previous !== undefined &&
    previous.all === all &&
    previous.policies.length === policies.length &&
    previous.policies.every((p, i) => p === policies[i]);
  return {
    pods: cluster.pods,
    podIndex: (key) => podIndexes.get(key),
    cluster,
    policies,
    ingress: same ? previous.ingress : isolationOf(cluster.size, policies, 'ingress'),
    egress: same ? previous.egress : isolationOf(cluster.size, policies, 'egress'),
    all,
  };
}
