/**
 * What the note of a focus says. It counts lines, the unit the canvas draws and
 * lights, and names it on both counts: a line at a namespace's box stands for
 * many workloads, so "7 lines in" is no count of the workloads the Inspector
 * lists beside it ("33 of 199 workloads"), and must not read as one.
 */
import { plural } from '../engine';

/** The lines a focus lights: how many come in and go out, and how many of each are blocked. */
export interface FocusLineCounts {
  readonly in: number;
  readonly out: number;
  readonly inBlocked?: number;
  readonly outBlocked?: number;
}

/**
 * "(all blocked)" after a count whose lines are all blocked, "(2 blocked)" after one partly so:
 * the Inspector beside the note counts only the workloads a connection reaches, so "44 lines
 * out" beside "Opens connections to 0 workloads" must say why they differ.
 */
function blockedOf(count: number, blocked: number): string {
  if (blocked === 0) return '';
  if (blocked === count) return count === 1 ? ' (blocked)' : ' (all blocked)';
  return ` (${String(blocked)} blocked)`;
}

export function focusNoteText(label: string, lines: FocusLineCounts): string {
  const into = `${plural(lines.in, 'line')} in${blockedOf(lines.in, lines.inBlocked ?? 0)}`;
  const out = `${plural(lines.out, 'line')} out${blockedOf(lines.out, lines.outBlocked ?? 0)}`;
  return `Focused on ${label}, showing its ${into} and ${out} — Esc to leave`;
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
