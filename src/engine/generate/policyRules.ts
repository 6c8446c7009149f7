/**
 * Rules from observed peers: one peer per workload (or address block) seen,
 * its ports merged, and peers with the same ports in one rule, so a rule
 * allows every pair of its peers and ports, and each was observed.
 *
 * ```yaml
 * ingress:
 *   - from: [{podSelector: {matchLabels: {app: web}}},
 *            {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ops}},
 *             podSelector: {matchLabels: {app: probe}}}]
 *     ports: [{protocol: TCP, port: 8080}]
 * ```
 */
import type { LabelSelector, NetworkPolicyPeer, NetworkPolicyPort, Protocol } from '../../model';
import { NAMESPACE_NAME_LABEL, PROTOCOLS } from '../../model';

/** The peers seen in one direction of one policy, with their ports: peer key → entry. */
export type PeerPorts = Map<
  string,
  { peer: NetworkPolicyPeer; ports: Map<string, NetworkPolicyPort> }
>;

/** A pod peer: `podSelector` alone in the policy's own namespace, with `namespaceSelector` elsewhere. */
export function podPeer(
  selector: LabelSelector,
  namespace: string,
  policyNamespace: string,
): NetworkPolicyPeer {
  return namespace === policyNamespace
    ? { podSelector: selector }
    : {
        namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: namespace } },
        podSelector: selector,
      };
}

export function peerPortAdd(
  peers: PeerPorts,
  peer: NetworkPolicyPeer,
  port: number,
  protocol: Protocol,
): void {
  const key = JSON.stringify(peer);
  const entry = peers.get(key) ?? { peer, ports: new Map<string, NetworkPolicyPort>() };
  entry.ports.set(`${protocol}/${port}`, { protocol, port });
  peers.set(key, entry);
}

function portsSorted(ports: Iterable<NetworkPolicyPort>): NetworkPolicyPort[] {
  const order = (p: NetworkPolicyPort) => PROTOCOLS.indexOf(p.protocol ?? 'TCP');
  return [...ports].sort((a, b) => order(a) - order(b) || Number(a.port) - Number(b.port));
}

/** The rules, in the order their first peer was seen: `{peers, ports}` each. */
export function rulesOf(
  peers: PeerPorts,
): { peers: NetworkPolicyPeer[]; ports: NetworkPolicyPort[] }[] {
  const rules = new Map<string, { peers: NetworkPolicyPeer[]; ports: NetworkPolicyPort[] }>();
  for (const { peer, ports } of peers.values()) {
    const sorted = portsSorted(ports.values());
    const key = JSON.stringify(sorted);
    const rule = rules.get(key);
    if (rule === undefined) rules.set(key, { peers: [peer], ports: sorted });
    else rule.peers.push(peer);
  }
  return [...rules.values()];
}
