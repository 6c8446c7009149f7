/**
 * Sets of ports as spans: per protocol, sorted, disjoint, inclusive ranges
 * (`TCP 6379-6379`, `TCP 8000-8100`, `UDP 1-65535` for every UDP port). What
 * a connection may use end to end is one (`allowedPortsOf`); a single port
 * may carry the names the destination gives it (`TCP 7070 (grpc)`).
 */
import type { Protocol } from '../../model';
import { PROTOCOLS } from '../../model';

/** The highest port number; `1-PORT_MAX` is every port of a protocol. */
export const PORT_MAX = 65535;

export interface PortSpan {
  readonly protocol: Protocol;
  readonly port: number;
  readonly endPort: number;
  /** For a single port: the names the destination's container ports give it. */
  readonly names?: readonly string[];
}

/** Every port of every protocol. */
export const EVERY_PORT: readonly PortSpan[] = PROTOCOLS.map((protocol) => ({
  protocol,
  port: 1,
  endPort: PORT_MAX,
}));

function namesJoined(a: PortSpan, b: PortSpan): readonly string[] | undefined {
  const names = [...new Set([...(a.names ?? []), ...(b.names ?? [])])];
  return names.length === 0 ? undefined : names;
}

function span(protocol: Protocol, port: number, endPort: number, names?: readonly string[]) {
  return names === undefined || port !== endPort
    ? { protocol, port, endPort }
    : { protocol, port, endPort, names };
}

/** Sorted by protocol (TCP, UDP, SCTP) then port; overlapping spans, and touching unnamed ones, merged. */
export function portSpansNormal(spans: readonly PortSpan[]): PortSpan[] {
  const sorted = [...spans].sort(
    (a, b) =>
      PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol) ||
      a.port - b.port ||
      a.endPort - b.endPort,
  );
  const out: PortSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    // Touching single ports the destination names stay apart: `TCP 80 (http), TCP 81 (metrics)`.
    const touches = s.port === (last?.endPort ?? 0) + 1 && !last?.names && !s.names;
    if (last?.protocol === s.protocol && (s.port <= last.endPort || touches)) {
      const endPort = Math.max(last.endPort, s.endPort);
      out[out.length - 1] = span(s.protocol, last.port, endPort, namesJoined(last, s));
    } else {
      out.push(s);
    }
  }
  return out;
}

/** The ports in both `a` and `b` (each normal), names kept. */
export function portSpansIntersect(a: readonly PortSpan[], b: readonly PortSpan[]): PortSpan[] {
  const out: PortSpan[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.protocol !== y.protocol) continue;
      const port = Math.max(x.port, y.port);
      const endPort = Math.min(x.endPort, y.endPort);
      if (port <= endPort) out.push(span(x.protocol, port, endPort, namesJoined(x, y)));
    }
  }
  return portSpansNormal(out);
}

/** The same ports of the same protocol (names aside). */
export function portSpansEqual(a: PortSpan, b: PortSpan | undefined): boolean {
  return (
    b !== undefined && a.protocol === b.protocol && a.port === b.port && a.endPort === b.endPort
  );
}

/** Whether `port`/`protocol` is in `spans`. */
export function portSpansHave(spans: readonly PortSpan[], port: number, protocol: Protocol) {
  return spans.some((s) => s.protocol === protocol && s.port <= port && port <= s.endPort);
}

/** Whether `spans` hold every port of `protocol`. */
export function portSpansWhole(spans: readonly PortSpan[], protocol: Protocol): boolean {
  return spans.some((s) => s.protocol === protocol && s.port <= 1 && s.endPort >= PORT_MAX);
}

/** The ports in `a` and not in `b` (each normal); names of `a` kept. */
export function portSpansWithout(a: readonly PortSpan[], b: readonly PortSpan[]): PortSpan[] {
  const out: PortSpan[] = [];
  for (const x of a) {
    let from = x.port;
    for (const y of b) {
      if (y.protocol !== x.protocol || y.endPort < from || y.port > x.endPort) continue;
      if (y.port > from) out.push(span(x.protocol, from, y.port - 1, x.names));
      from = Math.max(from, y.endPort + 1);
    }
    if (from <= x.endPort) out.push(span(x.protocol, from, x.endPort, x.names));
  }
  return portSpansNormal(out);
}
