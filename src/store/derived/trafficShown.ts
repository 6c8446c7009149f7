/**
 * The Traffic table as the side panel shows it: each row without its other ends (`peers`,
 * `peerNodes`; its meaning names them). The derivation worker sends it so: a 1,000-workload
 * design's 4,758 rows hold 19 MB of other ends, which the page would copy in for nothing.
 */
import type { PolicyIndex } from '../../engine';
import type { Doc } from '../../model';
import type { TrafficTable, TrafficTableNote, TrafficTableRow } from '../../workshop';
// Past the workshop's index, which would bring every built-in lesson into the derivation worker
// (its script 107 → 259 KB).
import { trafficTable } from '../../workshop/trafficTable/trafficTable';

export type TrafficRowShown = Omit<TrafficTableRow, 'peers' | 'peerNodes'>;

export interface TrafficTableShown {
  readonly rows: readonly TrafficRowShown[];
  readonly notes: readonly TrafficTableNote[];
}

/** `table` without the rows' other ends. */
export function trafficTableShown(table: TrafficTable): TrafficTableShown {
  const rows = table.rows.map(
    ({ peers: _peers, peerNodes: _peerNodes, ...row }): TrafficRowShown => row,
  );
  return { rows, notes: table.notes };
}

/** The Traffic table of `doc` (compiled: `index`) as the derivation worker sends it. */
export function trafficTableToSend(doc: Doc, index: PolicyIndex): TrafficTableShown {
  return trafficTableShown(trafficTable(doc, index));
}
