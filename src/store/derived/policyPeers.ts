/**
 * The peers of the picked policy's rules, as canvas node ids: for an ingress
 * rule the nodes its `from` names, for an egress rule the nodes its `to`
 * names. They come from the derived flows (the canvas's own edges), so a
 * namespace-wide peer marks the namespace box and `from: []` the "anywhere"
 * node. Rules of a direction the policy does not isolate draw nothing and
 * mark nothing.
 *
 * ```yaml
 * metadata: {name: db-policy, namespace: prod}
 * spec:
 *   ingress: [{from: [{podSelector: {matchLabels: {name: api-pod}}}]}]   # marks prod/api
 *   egress: [{to: [{ipBlock: {cidr: 192.168.5.10/32}}]}]                 # marks the backup server
 * ```
 */
import type { Flow } from '../../engine';
import { plural } from '../../engine';
import type { EditorState } from '../editorState';
import { neighboursPerCollapsed } from '../collapse/collapsedNamespaces';
import { memoWeak } from './memoWeak';
import { nodeIdOfEnd } from '../ids';
import { selectFlows } from './selectors';

const peersByPolicy = memoWeak((flows: readonly Flow[]) => {
  const byPolicy = new Map<string, Set<string>>();
  for (const flow of flows) {
    const { policy, direction } = flow.rule;
    const key = `${policy.namespace}/${policy.name}`;
    const ids = byPolicy.get(key) ?? new Set<string>();
    ids.add(nodeIdOfEnd(direction === 'ingress' ? flow.from : flow.to));
    byPolicy.set(key, ids);
  }
  return new Map([...byPolicy].map(([key, ids]) => [key, [...ids].sort()] as const));
});

const NONE: readonly string[] = [];

/** Node ids of the peers of the picked policy's rules (empty without a picked policy). */
export function selectPolicyPeers(state: EditorState): readonly string[] {
  const { selection } = state;
  if (selection?.kind !== 'policy') return NONE;
  return peersByPolicy(selectFlows(state)).get(`${selection.namespace}/${selection.name}`) ?? NONE;
}

/** How many peer workloads each collapsed namespace holds, per list of peers and of collapsed. */
const peersPerCollapsed = memoWeak((peers: readonly string[]) =>
  memoWeak((collapsed: readonly string[]) => neighboursPerCollapsed(peers, collapsed)),
);

/**
 * What a collapsed namespace's box says of the picked policy's peers it holds (their cards are
 * not drawn): "4 peers of policy-58"; null when it holds none or no policy is picked.
 */
export function selectPeersInBox(state: EditorState, namespace: string): string | null {
  const { selection } = state;
  if (selection?.kind !== 'policy') return null;
  const count = peersPerCollapsed(selectPolicyPeers(state))(state.collapsed).get(namespace) ?? 0;
  return count === 0 ? null : `${plural(count, 'peer')} of ${selection.name}`;
}
