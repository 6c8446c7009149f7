/**
 * The sets of pods that selectors and ipBlocks pick out, computed as bitsets
 * over a `ClusterIndex`. Each set has a canonical key, so identical selectors
 * (in the same namespace) are evaluated once.
 */
import type { LabelSelector, Labels } from '../../model';
import { bitsetAddInto, bitsetEmpty } from './bitset';
import type { Bitset } from './bitset';
import type { ClusterIndex, PodAddress } from '../compile/clusterIndex';
import { ipBlockKey, ipBlockMatchesAny, ipBlockMatchesRange } from './ipBlock';
import type { IpBlockMatcher } from './ipBlock';
import { selectorKey, selectorMatcher, selectorMatches } from './selector';

/**
 * - `podSelector`: pods of ONE namespace (the policy's) whose labels match.
 * - `namespaceSelector`: pods of every namespace whose labels match, and, when
 *   `podSelector` is not null, whose own labels match it too (the AND of a peer
 *   holding both selectors).
 * - `ipBlock`: pods with an IP in the block.
 * - `none`: no pod.
 */
export type PodSetSpec =
  | { readonly kind: 'podSelector'; readonly namespace: string; readonly selector: LabelSelector }
  | {
      readonly kind: 'namespaceSelector';
      readonly namespaceSelector: LabelSelector;
      readonly podSelector: LabelSelector | null;
    }
  | { readonly kind: 'ipBlock'; readonly block: IpBlockMatcher | null }
  | { readonly kind: 'none' };

export function podSetKey(spec: PodSetSpec): string {
  switch (spec.kind) {
    case 'podSelector':
      return `pod ${JSON.stringify(spec.namespace)} ${selectorKey(spec.selector)}`;
    case 'namespaceSelector': {
      const pods = spec.podSelector === null ? '' : selectorKey(spec.podSelector);
      return `ns ${selectorKey(spec.namespaceSelector)} ${pods}`;
    }
    case 'ipBlock':
      return `ip ${ipBlockKey(spec.block)}`;
    case 'none':
      return 'none';
  }
}

/** Whether pod `pod` is in the set (the one-pod form of `podSetCompute`). */
export function podSetContains(cluster: ClusterIndex, spec: PodSetSpec, pod: number): boolean {
  const workload = cluster.workloads[pod];
  if (workload === undefined) return false;
  switch (spec.kind) {
    case 'podSelector':
      return (
        workload.namespace === spec.namespace && selectorMatches(spec.selector, workload.labels)
      );
    case 'namespaceSelector': {
      const nsLabels = cluster.namespaceLabels.get(workload.namespace) ?? {};
      return (
        selectorMatches(spec.namespaceSelector, nsLabels) &&
        (spec.podSelector === null || selectorMatches(spec.podSelector, workload.labels))
      );
    }
    case 'ipBlock':
      return spec.block !== null && ipBlockMatchesAny(spec.block, cluster.podIps[pod] ?? []);
    case 'none':
      return false;
  }
}

function addMatching(
  cluster: ClusterIndex,
  bits: Bitset,
  pods: readonly number[],
  matches: ((labels: Labels) => boolean) | null,
): void {
  for (const pod of pods) {
    const workload = cluster.workloads[pod];
    if (workload === undefined) continue;
    if (matches === null || matches(workload.labels)) bitsetAddInto(bits, pod);
  }
}

/** The first index of `addresses` at or after `value` of `family`. */
function lowerBound(addresses: readonly PodAddress[], family: 4 | 6, value: bigint): number {
  let lo = 0;
  let hi = addresses.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const a = addresses[mid];
    if (a !== undefined && (a.family < family || (a.family === family && a.value < value))) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Pods with an IP in the block: a binary search into the sorted addresses, not a scan. */
function addInBlock(cluster: ClusterIndex, bits: Bitset, block: IpBlockMatcher): void {
  const { family, first, last } = block.cidr;
  const { addresses } = cluster;
  for (let i = lowerBound(addresses, family, first); i < addresses.length; i++) {
    const a = addresses[i];
    if (a === undefined || a.family !== family || a.value > last) break;
    if (!block.except.some((e) => e.family === family && e.first <= a.value && a.value <= e.last)) {
      bitsetAddInto(bits, a.pod);
    }
  }
  for (const { pod, range } of cluster.ranges) {
    if (ipBlockMatchesRange(block, range)) bitsetAddInto(bits, pod);
  }
}

/** The set over every pod of the cluster. */
export function podSetCompute(cluster: ClusterIndex, spec: PodSetSpec): Bitset {
  const bits = bitsetEmpty(cluster.size);
  switch (spec.kind) {
    case 'podSelector': {
      const pods = cluster.podsByNamespace.get(spec.namespace) ?? [];
      addMatching(cluster, bits, pods, selectorMatcher(spec.selector));
      break;
    }
    case 'namespaceSelector': {
      const podMatches = spec.podSelector === null ? null : selectorMatcher(spec.podSelector);
      for (const [namespace, pods] of cluster.podsByNamespace) {
        const nsLabels = cluster.namespaceLabels.get(namespace) ?? {};
        if (selectorMatches(spec.namespaceSelector, nsLabels)) {
          addMatching(cluster, bits, pods, podMatches);
        }
      }
      break;
    }
    case 'ipBlock':
      if (spec.block !== null) addInBlock(cluster, bits, spec.block);
      break;
    case 'none':
      break;
  }
  return bits;
}
