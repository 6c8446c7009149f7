/**
 * Rows of the traffic table, gathered connection by connection: one row per
 * workload, direction, port and protocol, and whether that end allows it by a
 * rule or only by default; the other ends are listed in the order found.
 */
import { namesJoin } from '../../engine';
import type { FlowEnd, Verdict } from '../../engine';
import type { Protocol } from '../../model';
import { PROTOCOLS } from '../../model';
import type { TrafficTableEnd } from './trafficTableEnds';

export type TrafficTableDirection = 'ingress' | 'egress';

export interface TrafficTableRow {
  /** The workload, as the table names it: `web`, or `prod/web` when names repeat across namespaces. */
  readonly component: string;
  readonly node: FlowEnd;
  readonly direction: TrafficTableDirection;
  readonly port: number;
  readonly protocol: Protocol;
  /** The other ends, in document order (`anyone` for every address). */
  readonly peers: readonly string[];
  readonly peerNodes: readonly FlowEnd[];
  /** `web reaches api`, `api and backup-server reach db`, plus ` (allowed by default)`. */
  readonly meaning: string;
  /** This end is not isolated for the direction: it allows the connection only by default. */
  readonly byDefault: boolean;
}

interface Gathered {
  readonly self: TrafficTableEnd;
  readonly direction: TrafficTableDirection;
  readonly port: number;
  readonly protocol: Protocol;
  readonly byDefault: boolean;
  readonly peers: TrafficTableEnd[];
}

/**
 * The other ends: `anyone` alone when it is among them, since every address
 * includes the pods also found (a rule without `from` lets them all in).
 */
function peersOf(row: Gathered): readonly TrafficTableEnd[] {
  const anyone = row.peers.find((p) => p.node.kind === 'any');
  return anyone === undefined ? row.peers : [anyone];
}

/**
 * Past this many other ends a meaning names the first and counts the rest: a dump's DNS server
 * reached by 400 pods reads in one line (`peers` keeps them all).
 */
const MEANING_NAMES = 10;

function meaningOf(row: Gathered): string {
  const peers = peersOf(row);
  const others = namesJoin(
    peers.map((p) => p.label),
    MEANING_NAMES,
  );
  const self = row.self.label;
  const meaning =
    row.direction === 'ingress'
      ? `${others} ${peers.length === 1 ? 'reaches' : 'reach'} ${self}`
      : `${self} reaches ${others}`;
  return row.byDefault ? `${meaning} (allowed by default)` : meaning;
}

/** Workloads in document order, ingress first, then port, protocol, rule before default. */
function sortKey(row: Gathered): number[] {
  return [
    row.self.pod ?? -1,
    row.direction === 'ingress' ? 0 : 1,
    row.port,
    PROTOCOLS.indexOf(row.protocol),
    row.byDefault ? 1 : 0,
  ];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i < 0 ? 0 : (a[i] ?? 0) - (b[i] ?? 0);
}

export function trafficTableRowGatherer() {
  const gathered = new Map<string, Gathered>();
  /** The row of `self` for `verdict`, the connection with `peer` at the other end. */
  const add = (
    self: TrafficTableEnd,
    direction: TrafficTableDirection,
    peer: TrafficTableEnd,
    verdict: Verdict,
  ) => {
    const { port, protocol } = verdict.traffic;
    const byDefault = !verdict[direction].isolated;
    const key = `${String(self.pod)}|${direction}|${port}/${protocol}|${String(byDefault)}`;
    const row = gathered.get(key) ?? { self, direction, port, protocol, byDefault, peers: [] };
    row.peers.push(peer);
    gathered.set(key, row);
  };
  const rows = (): TrafficTableRow[] =>
    [...gathered.values()]
      .sort((a, b) => compareKeys(sortKey(a), sortKey(b)))
      .map((row) => ({
        component: row.self.label,
        node: row.self.node,
        direction: row.direction,
        port: row.port,
        protocol: row.protocol,
        peers: peersOf(row).map((p) => p.label),
        peerNodes: peersOf(row).map((p) => p.node),
        meaning: meaningOf(row),
        byDefault: row.byDefault,
      }));
  return { add, rows };
}
