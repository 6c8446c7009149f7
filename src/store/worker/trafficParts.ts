/**
 * The Traffic table as the derivation worker sends it: its rows in parts of at most
 * `TRAFFIC_ROWS_PER_PART`, then a head with the notes and how many rows the parts held. The
 * page reads each message in a task of its own: a 1,000-workload design's 4,758 rows in one
 * message took one task of 50-80 ms just to be copied in.
 */
import type { TrafficRowShown, TrafficTableShown } from '../derived/trafficShown';
import type { DeriveReply, TrafficHead } from './deriveProtocol';

export const TRAFFIC_ROWS_PER_PART = 1000;

/** The worker's messages for the Traffic table of document `seq`: the parts, then the head. */
export function trafficReplies(
  seq: number,
  table: TrafficTableShown,
  size = TRAFFIC_ROWS_PER_PART,
): DeriveReply[] {
  const replies: DeriveReply[] = [];
  for (let start = 0; start < table.rows.length; start += size) {
    replies.push({ type: 'trafficPart', seq, rows: table.rows.slice(start, start + size) });
  }
  const head: TrafficHead = { rows: table.rows.length, notes: table.notes };
  return [...replies, { type: 'traffic', seq, table: head }];
}

/** Takes the rows in, part by part; `done` with their head. */
export interface TrafficTaker {
  add: (rows: readonly TrafficRowShown[]) => void;
  /** The table; throws when the parts taken do not add up to what the head says. */
  done: (head: TrafficHead) => TrafficTableShown;
}

export function trafficTaker(): TrafficTaker {
  const rows: TrafficRowShown[] = [];
  return {
    add: (part) => {
      rows.push(...part);
    },
    done: (head) => {
      if (rows.length !== head.rows) {
        throw new Error(
          `${String(rows.length)} of ${String(head.rows)} rows of the Traffic table came before their head`,
        );
      }
      return { rows, notes: head.notes };
    },
  };
}
