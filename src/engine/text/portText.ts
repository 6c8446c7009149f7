/**
 * How a port is written, everywhere the user reads one: protocol first, then
 * the number, then the name a container gives it (`TCP 3306`, `TCP 7070
 * (grpc)`), on a card, a line, the Inspector and in the command's output alike;
 * or a rule's port entry, which may be a range, a name or no port at all.
 */
import type { ContainerPort, NetworkPolicyPort, Protocol, ServicePort } from '../../model';
import { PROTOCOLS } from '../../model';
import { EVERY_PORT, PORT_MAX, portSpansWhole, portSpansWithout } from '../match/portSpans';
import type { PortSpan } from '../match/portSpans';

export interface PortTextOptions {
  /** The container port's name, after the number: `TCP 80 (http)`. */
  readonly name?: string | undefined;
  /** In a sentence, as the command prints a connection's port: `TCP port 3306`. */
  readonly sentence?: boolean;
}

/**
 * The stand-in port of a connection on "every port" of its protocol: no
 * numbered port, so only rules that allow every port (no `ports`, or an entry
 * with only a protocol) match it. What a destination that declares no port is
 * checked on (`portsToCheck`, a path on every port).
 */
export const ANY_PORT = 0;

/**
 * A concrete port: `TCP 3306`; `TCP port 3306` in a sentence; `TCP 80 (http)`
 * with its name. The stand-in `ANY_PORT` reads as a rule's every port of the
 * protocol does: `all TCP`, `any TCP port` in a sentence.
 */
export function portText(
  p: { readonly protocol: Protocol; readonly port: number },
  options: PortTextOptions = {},
): string {
  if (p.port === ANY_PORT) {
    return rulePortText({ protocol: p.protocol }, options.sentence === true ? 'sentence' : 'short');
  }
  const text = `${p.protocol} ${options.sentence === true ? 'port ' : ''}${p.port}`;
  return options.name === undefined ? text : `${text} (${options.name})`;
}

/** A container port as a card and the Inspector list it: `TCP 8080 (http)`. */
export function containerPortText(p: ContainerPort): string {
  return portText({ protocol: p.protocol, port: p.containerPort }, { name: p.name });
}

/** A Service's ports as clients call them: `TCP 80 (http), TCP 443`; empty when it has none. */
export function servicePortsText(ports: readonly ServicePort[]): string {
  return ports.map((p) => portText(p, { name: p.name })).join(', ');
}

/**
 * How rule ports read: `short` on a canvas line (`all TCP`, `UDP dns`, `all
 * ports`), `sentence` in explanations and findings (`any TCP port`, `TCP port
 * named http`, `every port`). Numbers and ranges read the same in both.
 */
export type RulePortStyle = 'short' | 'sentence';

/** One entry of a rule's `ports`: `TCP 5000`, `TCP 32000-32768`, and by `style` the others. */
export function rulePortText(entry: NetworkPolicyPort, style: RulePortStyle): string {
  const protocol = entry.protocol ?? 'TCP';
  if (entry.port === undefined)
    return style === 'short' ? `all ${protocol}` : `any ${protocol} port`;
  if (typeof entry.port === 'string' && style === 'sentence') {
    return `${protocol} port named ${entry.port}`;
  }
  return `${protocol} ${entry.port}${entry.endPort === undefined ? '' : `-${entry.endPort}`}`;
}

/** A rule's `ports`, one text each; no ports (every port) is `all ports` or `every port`. */
export function rulePortsText(
  ports: readonly NetworkPolicyPort[] | undefined,
  style: RulePortStyle,
): string[] {
  if (ports === undefined || ports.length === 0) {
    return [style === 'short' ? 'all ports' : 'every port'];
  }
  return ports.map((entry) => rulePortText(entry, style));
}

/**
 * A name the destinations give to more single ports than this reads once, with
 * how many (`TCP metrics (20 ports)`), where only a glance is given (a line's
 * label); up to this many read one by one (`TCP 8080 (metrics), TCP 9090 (metrics)`).
 */
export const NAMED_PORTS_LISTED = 2;

export interface PortSpansTextOptions {
  /** Every port by number, however many share a name (a tooltip, the Inspector). */
  readonly inFull?: boolean;
}

/** The protocol and names of a single named port: what ports read once by name share. */
function nameKey({ protocol, port, endPort, names }: PortSpan): string | undefined {
  return port === endPort && names !== undefined ? `${protocol} ${names.join(', ')}` : undefined;
}

/** How many single ports carry each protocol and name (`TCP metrics` → 20). */
function namedCounts(spans: readonly PortSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spans) {
    const key = nameKey(s);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * What a connection may use, as a line's label reads it: `all ports`, `all
 * TCP`, `TCP 7070 (grpc)` (a single port with the destination's name for
 * it), `TCP 8000-8100`; each written once. A name that many destinations give
 * each a number of their own reads once, counted: `TCP metrics (20 ports)`
 * (every number with `inFull`). Empty: no port.
 */
export function portSpansText(
  spans: readonly PortSpan[],
  options: PortSpansTextOptions = {},
): string[] {
  // Every port, a whole protocol and a range read as a rule's ports do on a line.
  if (PROTOCOLS.every((protocol) => portSpansWhole(spans, protocol))) {
    return rulePortsText(undefined, 'short');
  }
  const counts = options.inFull === true ? new Map<string, number>() : namedCounts(spans);
  const texts = spans.map((s) => {
    const { protocol, port, endPort, names } = s;
    if (port <= 1 && endPort >= PORT_MAX) return rulePortText({ protocol }, 'short');
    if (port !== endPort) return rulePortText({ protocol, port, endPort }, 'short');
    const key = nameKey(s);
    const count = key === undefined ? 0 : (counts.get(key) ?? 0);
    if (count > NAMED_PORTS_LISTED) return `${String(key)} (${String(count)} ports)`;
    return portText({ protocol, port }, { name: names?.join(', ') });
  });
  return [...new Set(texts)];
}

/**
 * Ports a change flipped, as the status line says them: `all ports`, `TCP
 * 80`, or, when they hold every port of a protocol but not every port, what
 * they leave out: `all ports but TCP 80` (a policy that lets only TCP 80 into a
 * workload without ports blocks every other port).
 */
export function portSpansButText(spans: readonly PortSpan[]): string {
  const rest = portSpansWithout(EVERY_PORT, spans);
  if (rest.length > 0 && PROTOCOLS.some((p) => portSpansWhole(spans, p))) {
    return `all ports but ${portSpansText(rest).join(', ')}`;
  }
  return portSpansText(spans).join(', ');
}
