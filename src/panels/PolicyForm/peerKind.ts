/**
 * A peer (one element of `from`/`to`) is either selectors — `podSelector`
 * and/or `namespaceSelector`, both in ONE element meaning both must match
 * (AND) — or an `ipBlock`, which stands alone.
 *
 * ```yaml
 * from:
 *   - namespaceSelector: {matchLabels: {name: prod}}   # selectors: api pods IN prod
 *     podSelector: {matchLabels: {role: api}}
 *   - ipBlock: {cidr: 192.168.5.10/32}                 # OR this address
 * ```
 */
import type { LabelSelector, NetworkPolicyPeer } from '../../model';

export type PeerKind = 'selectors' | 'ipBlock';

export function peerKindOf(peer: NetworkPolicyPeer): PeerKind {
  return peer.ipBlock !== undefined ? 'ipBlock' : 'selectors';
}

/**
 * The peer turned into the other kind: selectors start as every pod of the
 * policy's namespace; an IP block starts at `cidr` (an external endpoint's,
 * or empty for the user to fill in).
 */
export function peerAsKind(
  peer: NetworkPolicyPeer,
  kind: PeerKind,
  cidr: string,
): NetworkPolicyPeer {
  if (peerKindOf(peer) === kind) return peer;
  return kind === 'ipBlock' ? { ipBlock: { cidr } } : { podSelector: {} };
}

export type SelectorField = 'podSelector' | 'namespaceSelector';

/** The peer with one selector set, or removed (`null`). */
export function peerSelectorSet(
  peer: NetworkPolicyPeer,
  field: SelectorField,
  selector: LabelSelector | null,
): NetworkPolicyPeer {
  const { [field]: _old, ...rest } = peer;
  return selector === null ? rest : { ...rest, [field]: selector };
}

/** `10.0.0.0/24, 10.0.1.0/24` → the except list; empty text: no `except`. */
export function ipBlockFrom(cidr: string, exceptText: string): NetworkPolicyPeer {
  const except = exceptText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return { ipBlock: except.length === 0 ? { cidr: cidr.trim() } : { cidr: cidr.trim(), except } };
}
