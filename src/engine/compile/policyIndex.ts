/**
 * The compiled form of a document: what `isTrafficAllowed` and `buildMatrix`
 * read. Build it with `compilePolicies` or `createEvaluator().compile`.
 */
import type { PodKey } from '../../model';
import type { Bitset } from '../match/bitset';
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
 * its node to the node "its list + this policy" of a trie of lists (a node is
 * its parent and last policy; lists are spelled out only for the final groups).
 */
function isolationOf(
  size: number,
  policies: readonly CompiledPolicy[],
  direction: 'ingress' | 'egress',
): Isolation {
  const parent: number[] = [];
  const last: number[] = [];
  const child = new Map<number, number>();
  const stride = policies.length + 1;
  const node = new Int32Array(size).fill(-1);
  policies.forEach((policy, p) => {
    if (policy[direction] === null) return;
    const selected = policy.selected;
    for (let w = 0; w < selected.length; w++) {
      let word = selected[w] ?? 0;
      while (word !== 0) {
        const low = word & -word;
        const pod = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        const from = node[pod] ?? -1;
        const key = (from + 1) * stride + p;
        let to = child.get(key);
        if (to === undefined) {
          to = parent.length;
          parent.push(from);
          last.push(p);
          child.set(key, to);
        }
        node[pod] = to;
      }
    }
  });
  const listOf = (n: number): number[] => {
    const list: number[] = [];
    for (let at = n; at >= 0; at = parent[at] ?? -1) list.push(last[at] ?? 0);
    return list.reverse();
  };
  const groups: { policies: number[]; pods: number[] }[] = [];
  const renumber = new Int32Array(parent.length).fill(-1);
  const groupOf = new Int32Array(size).fill(-1);
  node.forEach((n, pod) => {
    if (n < 0) return;
    if (renumber[n] === -1) {
      renumber[n] = groups.length;
      groups.push({ policies: listOf(n), pods: [] });
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
