/**
 * Rule ports (`ingress[].ports[]`, `egress[].ports[]`) compiled into matchers.
 */
import type { ContainerPort, NetworkPolicyPort, Protocol } from '../../model';

/**
 * One `ports` entry. `protocol` defaults to TCP, also for an entry without a
 * port; TCP, UDP and SCTP never match each other.
 *
 * ```yaml
 * ports:
 *   - {}                                   # kind 'protocol': every TCP port
 *   - {protocol: UDP, port: 53}            # kind 'range': 53..53/UDP
 *   - {port: 32000, endPort: 32768}        # kind 'range': 32000..32768/TCP
 *   - {port: http}                         # kind 'named': the destination pod's port named http (TCP)
 * ```
 */
export type PortMatcher =
  | { readonly kind: 'protocol'; readonly protocol: Protocol }
  | {
      readonly kind: 'range';
      readonly protocol: Protocol;
      readonly port: number;
      readonly endPort: number;
    }
  | { readonly kind: 'named'; readonly protocol: Protocol; readonly name: string };

export function portMatcherFrom(entry: NetworkPolicyPort): PortMatcher {
  const protocol = entry.protocol ?? 'TCP';
  const port = entry.port;
  if (port === undefined) return { kind: 'protocol', protocol };
  if (typeof port === 'string') return { kind: 'named', protocol, name: port };
  return { kind: 'range', protocol, port, endPort: entry.endPort ?? port };
}

/** The container port named `name` with exactly this port number and protocol exists on the pod. */
export function containerPortNamed(
  ports: readonly ContainerPort[],
  name: string,
  port: number,
  protocol: Protocol,
): boolean {
  return ports.some((p) => p.name === name && p.containerPort === port && p.protocol === protocol);
}

/**
 * Whether one matcher lets `port`/`protocol` through. A named port is resolved
 * against the DESTINATION pod's container ports, for ingress and egress rules
 * alike: `{port: http}` matches port P/TCP iff the destination declares
 * `{name: http, containerPort: P, protocol: TCP}`. When the destination is
 * outside the cluster (`destinationPorts` null) a named port never matches.
 * A range is inclusive: `port <= P <= endPort`.
 */
export function portMatches(
  matcher: PortMatcher,
  port: number,
  protocol: Protocol,
  destinationPorts: readonly ContainerPort[] | null,
): boolean {
  if (matcher.protocol !== protocol) return false;
  switch (matcher.kind) {
    case 'protocol':
      return true;
    case 'range':
      return matcher.port <= port && port <= matcher.endPort;
    case 'named':
      return (
        destinationPorts !== null &&
        containerPortNamed(destinationPorts, matcher.name, port, protocol)
      );
  }
}

/**
 * The index of the first matcher that lets the traffic through, or -1.
 * (A rule without `ports` allows every port; callers handle that before.)
 */
export function portsFirstMatch(
  matchers: readonly PortMatcher[],
  port: number,
  protocol: Protocol,
  destinationPorts: readonly ContainerPort[] | null,
): number {
  return matchers.findIndex((m) => portMatches(m, port, protocol, destinationPorts));
}
