/**
 * One connection, with its explanation, read from the compiled index.
 */
import type { ContainerPort, Protocol } from '../../model';
import { bitsetHas } from '../match/bitset';
import { ipRangeParse } from '../match/cidr';
import type { IpRange } from '../match/cidr';
import type { CompiledPeer, CompiledRule } from '../compile/compiledPolicy';
import { ipBlockMatchesRange } from '../match/ipBlock';
import { isolatingPolicies } from '../compile/policyIndex';
import type { Isolation, PolicyIndex } from '../compile/policyIndex';
import { portsFirstMatch } from '../match/ports';
import type { DirectionVerdict, Endpoint, RuleHit, Traffic, Verdict } from './verdict';

/** An endpoint as the index knows it: a pod's number, or an address range. */
export type Resolved =
  { readonly kind: 'pod'; readonly pod: number } | { readonly kind: 'ip'; readonly range: IpRange };

export function resolve(index: PolicyIndex, endpoint: Endpoint): Resolved {
  if (endpoint.kind === 'pod') {
    const pod = index.podIndex(endpoint.key);
    if (pod === undefined) throw new Error(`unknown pod ${endpoint.key}`);
    return { kind: 'pod', pod };
  }
  const range = ipRangeParse(endpoint.ip);
  if (range === null) throw new Error(`not an IP or CIDR: ${endpoint.ip}`);
  return { kind: 'ip', range };
}

/**
 * Whether a peer matches the other end. A selector peer matches pods only; an
 * ipBlock matches an address range inside it (and pods by their IPs).
 */
export function peerMatches(peer: CompiledPeer, other: Resolved): boolean {
  if (other.kind === 'pod') return bitsetHas(peer.pods, other.pod);
  switch (peer.kind) {
    case 'pods':
      return false;
    case 'ipBlock':
      return peer.block !== null && ipBlockMatchesRange(peer.block, other.range);
  }
}

interface Connection {
  readonly port: number;
  readonly protocol: Protocol;
  /** The destination pod's container ports; null when the destination is outside the cluster. */
  readonly destinationPorts: readonly ContainerPort[] | null;
}

/** The first matching peer and port of a rule, or null when the rule does not allow it. */
function ruleMatch(
  rule: CompiledRule,
  other: Resolved,
  connection: Connection,
): { peerIndex: number | null; portIndex: number | null } | null {
  let peerIndex: number | null = null;
  if (rule.peers !== null) {
    peerIndex = rule.peers.findIndex((peer) => peerMatches(peer, other));
    if (peerIndex < 0) return null;
  }
  let portIndex: number | null = null;
  if (rule.ports !== null) {
    const { port, protocol, destinationPorts } = connection;
    portIndex = portsFirstMatch(rule.ports, port, protocol, destinationPorts);
    if (portIndex < 0) return null;
  }
  return { peerIndex, portIndex };
}

const NOT_APPLICABLE: DirectionVerdict = {
  applies: false,
  isolated: false,
  isolatingPolicies: [],
  allowed: true,
  hits: [],
};

/**
 * The check at one end: egress at the source (`self`) towards `other`, or
 * ingress at the destination from `other`. Not isolated: allowed, no hits.
 * Isolated: allowed iff some rule of an isolating policy allows it; `hits`
 * lists EVERY such rule (first matching peer and port of each).
 */
function directionVerdict(
  index: PolicyIndex,
  direction: 'ingress' | 'egress',
  self: number,
  other: Resolved,
  connection: Connection,
): DirectionVerdict {
  const isolation: Isolation = index[direction];
  const policies = isolatingPolicies(isolation, self);
  if (policies.length === 0) return { ...NOT_APPLICABLE, applies: true };
  const hits: RuleHit[] = [];
  const refs = policies.map((p) => {
    const policy = index.policies[p];
    if (policy === undefined) throw new Error(`no policy ${p}`);
    (policy[direction] ?? []).forEach((rule, ruleIndex) => {
      const match = ruleMatch(rule, other, connection);
      if (match !== null) hits.push({ policy: policy.ref, direction, ruleIndex, ...match });
    });
    return policy.ref;
  });
  return { applies: true, isolated: true, isolatingPolicies: refs, allowed: hits.length > 0, hits };
}

/**
 * Allowed iff (the source's egress allows it, or the source is not
 * egress-isolated) AND (the destination's ingress allows it, or it is not
 * ingress-isolated). An address outside the cluster has no check on its side.
 * Replies need no rule: a verdict is about the connection's opener.
 *
 * ```yaml
 * # web -> db on 3306/TCP is denied: db is ingress-isolated by db-policy, and
 * # its only rule admits pods labelled name=api-pod (web is not one).
 * metadata: {name: db-policy}
 * spec:
 *   podSelector: {matchLabels: {role: db}}
 *   ingress: [{from: [{podSelector: {matchLabels: {name: api-pod}}}], ports: [{port: 3306}]}]
 * ```
 */
export function isTrafficAllowed(index: PolicyIndex, traffic: Traffic): Verdict {
  const from = resolve(index, traffic.from);
  const to = resolve(index, traffic.to);
  const connection: Connection = {
    port: traffic.port,
    protocol: traffic.protocol,
    destinationPorts: to.kind === 'pod' ? (index.cluster.workloads[to.pod]?.ports ?? []) : null,
  };
  const egress =
    from.kind === 'pod'
      ? directionVerdict(index, 'egress', from.pod, to, connection)
      : NOT_APPLICABLE;
  const ingress =
    to.kind === 'pod'
      ? directionVerdict(index, 'ingress', to.pod, from, connection)
      : NOT_APPLICABLE;
  return { traffic, allowed: egress.allowed && ingress.allowed, egress, ingress };
}
