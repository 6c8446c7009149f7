/**
 * What the note of a focus says. It counts what the Inspector beside it counts, in its words:
 * the workloads its lines in come from and its lines out go to, those some connection of which
 * gets through ("accepts connections from 25 workloads" beside the Inspector's "Accepts
 * connections from 25 of 199 workloads"). It counted lines ("33 lines in"), which a reader took
 * for a disagreement: a line at a namespace's box or an address is no workload, and a blocked
 * line lets nothing through. Those are said apart.
 */
import { plural } from '../engine';

/** The class of the focus's note on the canvas, which a focus's camera keeps clear of. */
export const FOCUS_NOTE_CLASS = 'nc-focus-chip';

/** The other ends of a focus's lines one way (`NeighbourEnds` of the store). */
export interface FocusEnds {
  readonly workloads: number;
  /** Reached ends that are no workload: a namespace's box, anywhere, an address. */
  readonly others: number;
  /** Ends every line to which is blocked. */
  readonly blocked: number;
}

/** "25 workloads and 3 namespaces or addresses (5 more blocked)". */
function endsText(ends: FocusEnds): string {
  const parts = ends.workloads > 0 || ends.others === 0 ? [plural(ends.workloads, 'workload')] : [];
  if (ends.others > 0) {
    parts.push(plural(ends.others, 'namespace or address', 'namespaces or addresses'));
  }
  const blocked = ends.blocked > 0 ? ` (${String(ends.blocked)} more blocked)` : '';
  return `${parts.join(' and ')}${blocked}`;
}

export function focusNoteText(
  label: string,
  ends: { readonly from: FocusEnds; readonly to: FocusEnds },
): string {
  return `Focused on ${label}: accepts connections from ${endsText(ends.from)}, opens connections to ${endsText(ends.to)} — Esc to leave`;
}

/** Where a focused workload's neighbouring workloads are: drawn, or waiting in collapsed boxes. */
export interface FocusSpread {
  readonly workloads: number;
  readonly waiting: number;
  readonly boxes: number;
}

/**
 * "166 of its 261 neighbouring workloads wait in 22 collapsed namespaces": said when a focus
 * left some namespaces collapsed (their boxes lit, their summary lines counting the
 * connections), so that the neighbourhood is told whole; null when every neighbour is drawn.
 */
export function focusSpreadText(spread: FocusSpread): string | null {
  if (spread.waiting === 0) return null;
  const of = plural(spread.workloads, 'neighbouring workload');
  const wait = spread.waiting === 1 ? 'waits' : 'wait';
  const where = plural(spread.boxes, 'collapsed namespace');
  return `${String(spread.waiting)} of its ${of} ${wait} in ${where}`;
}

/** A focus framed in part: how many of its neighbours the view holds, and of how many. */
export interface FocusFramed {
  readonly shown: number;
  readonly of: number;
}

/**
 * "In view: the 12 nearest of its 111 neighbours; follow its lines for the rest": said when the
 * neighbourhood does not fit at the smallest zoom, so the camera framed the workload and those
 * nearest it; a user who sees part of it knows the rest is there.
 */
export function focusFramedText(framed: FocusFramed): string {
  const nearest = framed.shown === 0 ? 'none' : `the ${String(framed.shown)} nearest`;
  return `In view: ${nearest} of its ${plural(framed.of, 'neighbour')}; follow its lines for the rest`;
}
