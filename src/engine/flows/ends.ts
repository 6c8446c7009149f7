/**
 * The canvas nodes a policy's rule stands for: the pods its policy selects on
 * one side, and the nodes its peer matches on the other. Kept bounded so that
 * a broad rule draws a few edges, not N×M:
 * - a rule without peers (`from`/`to` absent or empty) is ONE `any` node;
 * - `podSelector: {}` alone (every pod of the policy's namespace), and a
 *   `namespaceSelector` alone or with an empty `podSelector` (every pod of the
 *   matching namespaces) are namespace nodes, one per namespace;
 * - an `ipBlock` is each external endpoint lying inside it, and one `ipBlock`
 *   node unless one of them is the whole block (pods matched by IP are not
 *   drawn): `0.0.0.0/0 except [10.0.0.0/8]` reaches the internet, not only
 *   the endpoint 192.0.2.10/32 a user drew;
 * - otherwise each matching workload; and when one peer would still draw more
 *   than `FLOW_EXPANSION_LIMIT` edges, its workloads are grouped by namespace.
 */
import type { Doc, NetworkPolicyPeer } from '../../model';
import { bitsetIndexes } from '../match/bitset';
import type { Bitset } from '../match/bitset';
import { ipRangeParse, rangeContains } from '../match/cidr';
import type { CompiledPeer } from '../compile/compiledPolicy';
import type { FlowEnd } from '../edits/types';
import { ipBlockMatchesRange } from '../match/ipBlock';
import type { PolicyIndex } from '../compile/policyIndex';
import { selectorIsEmpty, selectorMatches } from '../match/selector';

/** At most this many edges per rule peer before workloads are grouped by namespace. */
export const FLOW_EXPANSION_LIMIT = 64;

function workloadEnds(index: PolicyIndex, pods: Bitset): FlowEnd[] {
  return bitsetIndexes(pods).flatMap((pod) => {
    const w = index.cluster.workloads[pod];
    return w === undefined ? [] : [{ kind: 'workload', namespace: w.namespace, name: w.name }];
  });
}

/** The namespaces a document draws: declared ones, and any that holds a workload. */
function namespacesDrawn(doc: Doc, index: PolicyIndex): string[] {
  return [...index.cluster.namespaceLabels.keys()].filter(
    (name) =>
      doc.namespaces.some((n) => n.name === name) || index.cluster.podsByNamespace.has(name),
  );
}

/** The pods a policy selects, or its namespace node when `podSelector` is `{}`. */
export function selectedEnds(
  doc: Doc,
  index: PolicyIndex,
  policyNamespace: string,
  emptySelector: boolean,
  selected: Bitset,
): FlowEnd[] {
  if (emptySelector) {
    return namespacesDrawn(doc, index).includes(policyNamespace)
      ? [{ kind: 'namespace', name: policyNamespace }]
      : [];
  }
  return workloadEnds(index, selected);
}

/** The nodes one `from`/`to` element matches; `peer` undefined means a rule without peers. */
export function peerEnds(
  doc: Doc,
  index: PolicyIndex,
  policyNamespace: string,
  peer: NetworkPolicyPeer | undefined,
  compiled: CompiledPeer | undefined,
): FlowEnd[] {
  if (peer === undefined || compiled === undefined) return [{ kind: 'any' }];
  if (compiled.kind === 'ipBlock') {
    const block = compiled.block;
    if (block === null || peer.ipBlock === undefined) return [];
    const inside = doc.externals.filter((e) => {
      const range = ipRangeParse(e.cidr);
      return range !== null && ipBlockMatchesRange(block, range);
    });
    const endpoints: FlowEnd[] = inside.map((e) => ({ kind: 'external', name: e.name }));
    // A flow drawn to an endpoint writes a block of its own address: the endpoint is all of it.
    const whole = inside.some((e) => {
      const range = ipRangeParse(e.cidr);
      return range !== null && rangeContains(range, block.cidr);
    });
    if (whole) return endpoints;
    const { cidr, except } = peer.ipBlock;
    const node: FlowEnd =
      except === undefined ? { kind: 'ipBlock', cidr } : { kind: 'ipBlock', cidr, except };
    return [...endpoints, node];
  }
  const podsWide = peer.podSelector === undefined || selectorIsEmpty(peer.podSelector);
  if (peer.namespaceSelector !== undefined && podsWide) {
    const selector = peer.namespaceSelector;
    return namespacesDrawn(doc, index)
      .filter((name) => selectorMatches(selector, index.cluster.namespaceLabels.get(name) ?? {}))
      .map((name) => ({ kind: 'namespace', name }));
  }
  if (peer.namespaceSelector === undefined && peer.podSelector !== undefined && podsWide) {
    return [{ kind: 'namespace', name: policyNamespace }];
  }
  return workloadEnds(index, compiled.pods);
}

/** Workloads replaced by their namespaces (each once), for a peer too broad to draw pod by pod. */
export function endsByNamespace(ends: readonly FlowEnd[]): FlowEnd[] {
  const out: FlowEnd[] = [];
  const seen = new Set<string>();
  for (const end of ends) {
    const grouped: FlowEnd =
      end.kind === 'workload' ? { kind: 'namespace', name: end.namespace } : end;
    const key = JSON.stringify(grouped);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(grouped);
  }
  return out;
}

/** A stable text for a node, used in flow ids: `prod/web`, `external:backup`, `namespace:prod`, `*`, a CIDR. */
export function endKey(end: FlowEnd): string {
  switch (end.kind) {
    case 'workload':
      return `${end.namespace}/${end.name}`;
    case 'external':
      return `external:${end.name}`;
    case 'namespace':
      return `namespace:${end.name}`;
    case 'any':
      return '*';
    case 'ipBlock':
      return end.except === undefined ? end.cidr : `${end.cidr} except ${end.except.join(',')}`;
  }
}

/** How a node reads in a sentence: `prod/web`, `backup server`, `namespace prod`, `anywhere`. */
export function endLabel(end: FlowEnd): string {
  switch (end.kind) {
    case 'workload':
      return `${end.namespace}/${end.name}`;
    case 'external':
      return end.name;
    case 'namespace':
      return `namespace ${end.name}`;
    case 'any':
      return 'anywhere';
    case 'ipBlock':
      return `IP block ${endKey(end)}`;
  }
}

/** The two ends in the id of a flow, path or change: `prod/web>prod/db`. */
export function endsKey(from: FlowEnd, to: FlowEnd): string {
  return `${endKey(from)}>${endKey(to)}`;
}

/** Whether `ends` (an `endsKey`) starts or ends at the end whose `endKey` is `key`. */
export function endsKeyTouches(ends: string, key: string): boolean {
  return ends.startsWith(`${key}>`) || ends.endsWith(`>${key}`);
}
