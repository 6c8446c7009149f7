/**
 * The arrowheads at the end of a line: one marker per colour and size, drawn
 * once for the canvas (`ArrowMarkers`) and named by every line that uses it.
 * A line names its marker by id (a string) rather than describing it as an
 * object: React Flow works out an object marker's id (its keys sorted and
 * joined) for every line at every change of its store, a pan's moves
 * included, about 2,700 times a move with the 1,000-workload design expanded.
 */
import type { FlowStatus } from '../../engine';

/**
 * What can happen to a line's traffic, one arrowhead colour each: the line's, from the theme
 * (`canvas.css`, `.nc-arrow`).
 */
export const ARROW_STATUSES: readonly FlowStatus[] = ['allowed', 'blocked', 'partial'];

/** The arrowhead sizes lines use: a rule's or a summary's line, a path or a changed line. */
export const ARROW_SIZES = [16, 18] as const;
export type ArrowSize = (typeof ARROW_SIZES)[number];

/** The id of the arrowhead of a line of `status` and `size` (unique in the page). */
export function arrowMarkerId(status: FlowStatus, size: ArrowSize): string {
  return `nc-arrow-${status}-${String(size)}`;
}
