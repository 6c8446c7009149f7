/**
 * The ports a connection may use end to end: those the source's egress AND
 * the destination's ingress allow, read from the same compiled rules as
 * `isTrafficAllowed` (for any port P, P is in `allowedPortsOf(index, from,
 * to)` iff `isTrafficAllowed` allows `from` → `to` on P).
 *
 * ```yaml
 * # frontend's egress allows every port; cartservice's ingress only its port
 * # named grpc (containerPort 7070): frontend → cartservice on TCP 7070 (grpc).
 * egress: [{}]                                   # at frontend
 * ingress: [{from: [{podSelector: {matchLabels: {app: frontend}}}], ports: [{port: grpc}]}]
 * ```
 */
import type { ContainerPort } from '../../model';
import type { CompiledPeer } from '../compile/compiledPolicy';
import { isolatingPolicies } from '../compile/policyIndex';
import type { PolicyIndex } from '../compile/policyIndex';
import type { PortMatcher } from '../match/ports';
import { EVERY_PORT, PORT_MAX, portSpansIntersect, portSpansNormal } from '../match/portSpans';
import type { PortSpan } from '../match/portSpans';
import { peerMatches, resolve } from './evaluate';
import type { Resolved } from './evaluate';
import type { Endpoint } from './verdict';

/**
 * The ports one matcher lets through. A named port is the destination pod's
 * container ports of that name and protocol, each carrying the name (`TCP
 * 7070 (grpc)`); none outside the cluster.
 */
function matcherSpans(
  matcher: PortMatcher,
  destinationPorts: readonly ContainerPort[] | null,
): PortSpan[] {
  const { protocol } = matcher;
  switch (matcher.kind) {
    case 'protocol':
      return [{ protocol, port: 1, endPort: PORT_MAX }];
    case 'range':
      return [{ protocol, port: matcher.port, endPort: matcher.endPort }];
    case 'named':
      return (destinationPorts ?? [])
        .filter((p) => p.name === matcher.name && p.protocol === protocol)
        .map((p) => ({
          protocol,
          port: p.containerPort,
          endPort: p.containerPort,
          names: [matcher.name],
        }));
  }
}

/** A rule of a policy isolating one pod: its peers (null: every peer) and ports (null: every port). */
interface SideRule {
  readonly peers: readonly CompiledPeer[] | null;
  readonly ports: readonly PortMatcher[] | null;
}

/** The ports one side lets through: every port when no policy isolates it, else its rules'. */
function sideSpans(
  rules: readonly SideRule[] | null,
  other: Resolved,
  destinationPorts: readonly ContainerPort[] | null,
): readonly PortSpan[] {
  if (rules === null) return EVERY_PORT;
  const spans: PortSpan[] = [];
  for (const rule of rules) {
    if (rule.peers !== null && !rule.peers.some((peer) => peerMatches(peer, other))) continue;
    if (rule.ports === null) return EVERY_PORT;
    for (const m of rule.ports) spans.push(...matcherSpans(m, destinationPorts));
  }
  return portSpansNormal(spans);
}

/** The ports `from` may open connections to `to` on, as normal spans (empty: none). */
export type AllowedPorts = (from: Endpoint, to: Endpoint) => PortSpan[];

/**
 * `allowedPortsOf` for many connections of one index: the rules isolating
 * each pod are gathered once.
 */
export function allowedPortsReader(index: PolicyIndex): AllowedPorts {
  const byPod = {
    ingress: new Map<number, SideRule[] | null>(),
    egress: new Map<number, SideRule[] | null>(),
  };
  const rulesOf = (direction: 'ingress' | 'egress', self: Resolved): SideRule[] | null => {
    if (self.kind !== 'pod') return null;
    const known = byPod[direction].get(self.pod);
    if (known !== undefined) return known;
    const policies = isolatingPolicies(index[direction], self.pod);
    const rules =
      policies.length === 0 ? null : policies.flatMap((p) => index.policies[p]?.[direction] ?? []);
    byPod[direction].set(self.pod, rules);
    return rules;
  };
  return (from, to) => {
    const source = resolve(index, from);
    const destination = resolve(index, to);
    const declared =
      destination.kind === 'pod' ? (index.cluster.workloads[destination.pod]?.ports ?? []) : null;
    const egress = sideSpans(rulesOf('egress', source), destination, declared);
    const ingress = sideSpans(rulesOf('ingress', destination), source, declared);
    return portSpansIntersect(egress, ingress);
  };
}

/** The ports `from` may open connections to `to` on, as normal spans (empty: none). */
export function allowedPortsOf(index: PolicyIndex, from: Endpoint, to: Endpoint): PortSpan[] {
  return allowedPortsReader(index)(from, to);
}
