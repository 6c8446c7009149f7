/**
 * Which line's label is placed first where labels would lie on one another: labels are placed
 * one by one, each where no card and no label placed before it is (`labelPlace.ts`), so the
 * first placed win the room. The lines a user is looking at go first: the lines a focus lights (F on a workload asks "who reaches it, on what port": its lines' labels
 * must say), the picked workload's, a line an edit just flipped, a compared one; then the other
 * lines; then what a focus dims or a comparison fades, which give way; last the labels that are
 * not drawn at all (a path of the picked workload, a quiet summary line), which must take no
 * room from those that are.
 */
import type { FlowEdge, FlowEdgeData } from '../reactFlowTypes';

/** The order of a label's turn: lower goes first. */
export const LABEL_FIRST = 0;
export const LABEL_PLAIN = 1;
export const LABEL_GIVES_WAY = 2;
export const LABEL_UNDRAWN = 3;

/**
 * Whether a line's label is drawn where the router put it (`FlowEdge.tsx`): a picked line's
 * always; a quiet summary's (one of many) while its line touches the picked node; a path's (of
 * the picked node) only while picked, unless an edit just flipped it.
 */
export function labelDrawn(data: FlowEdgeData, selected: boolean): boolean {
  if (selected) return true;
  if (data.quiet === true) return data.emphasis;
  return !data.path || data.changed;
}

/** Whether a focus lights a line (`neighbourhoodLit.ts`). */
export type LitLine = (edge: FlowEdge) => boolean;

/**
 * Whether `edge` is drawn faint: dimmed by a focus, faded by a comparison or behind a picked
 * workload's allowed lines. A label of a line drawn strong may lie along it: the two read apart.
 */
export function lineFaint(edge: FlowEdge, lit: LitLine | null): boolean {
  if (lit !== null) return !lit(edge);
  return edge.data?.faded === true;
}

/**
 * The turn of `edge`'s label; `lit` is null when no focus dims the canvas. A picked line keeps
 * the turn it had: its label stays where it was, and one with no room has one placed after every
 * other (`labelPicked`), so that no other label moves.
 */
export function labelTurnOf(edge: FlowEdge, lit: LitLine | null): number {
  const data = edge.data;
  if (data === undefined) return LABEL_PLAIN;
  if (!labelDrawn(data, false)) return LABEL_UNDRAWN;
  if (lineFaint(edge, lit)) return LABEL_GIVES_WAY;
  if (lit !== null) return LABEL_FIRST;
  return data.emphasis || data.changed || data.compare !== undefined ? LABEL_FIRST : LABEL_PLAIN;
}

/**
 * Whether `edge` is the line the user picked (a click, the matrix's "Show on canvas"), or a line
 * of the workload the user picked (`FlowEdgeData.picked`) or focused with F (`lit`), whose label
 * is drawn: with no spot in its turn, its label is placed after every other, over lines alongside
 * or over cards (`pickedLabel.ts`); a picked line's without it showed at its middle, on the
 * labels around it (held-200's "TCP 6379" between "all ports" and "TCP 8000-8100 and 1 more").
 * Not a line a lesson step or an edit emphasises (their labels are placed as any other's), nor a
 * summary's or a compared line's: those come many at once, and their labels show under the
 * pointer.
 */
export function labelPicked(edge: FlowEdge, lit: LitLine | null): boolean {
  const data = edge.data;
  if (data === undefined || data.summary === true || data.compare !== undefined) return false;
  if (edge.selected === true) return true;
  if (!labelDrawn(data, false) || lineFaint(edge, lit)) return false;
  return data.picked === true || lit?.(edge) === true;
}
