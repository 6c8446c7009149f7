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

/** The marker's drawing box is 20 wide (`ArrowMarkers`), its triangle 8 across (-4 to 4). */
const ARROW_BOX = 20;
const ARROW_SPAN = 8;

/**
 * How wide an arrowhead of `size` is drawn across its line, in flow pixels, on a line `stroke`
 * wide (markers are sized in stroke widths).
 */
export function arrowWidth(size: ArrowSize, stroke: number): number {
  return (ARROW_SPAN * size * stroke) / ARROW_BOX;
}

/** A summary line's arrowhead, and how wide the line is drawn (`.nc-edge.is-summary`, levelOfDetail.css). */
export const SUMMARY_ARROW: ArrowSize = 18;
const SUMMARY_STROKE = 3;
/** How wide a summary line's arrowhead is drawn, in flow pixels. */
export const SUMMARY_ARROW_WIDTH = arrowWidth(SUMMARY_ARROW, SUMMARY_STROKE);

/** The id of the arrowhead of a line of `status` and `size` (unique in the page). */
export function arrowMarkerId(status: FlowStatus, size: ArrowSize): string {
  return `nc-arrow-${status}-${String(size)}`;
}

/**
 * The faint twin of the arrowhead `id` (`ArrowMarkers`), which a line dimmed by a focus names:
 * a marker draws in its own colours, not in its line's, so a line drawn faint keeps its arrowhead
 * strong unless it names another.
 */
export function dimmedArrowId(id: string): string {
  return `${id}-dimmed`;
}

/**
 * The arrowhead a dimmed line names in place of `marker` (`url('#id')`, as React Flow hands it to
 * a line): the same one, faint.
 */
export function dimmedMarker(marker: string): string {
  return marker.replace(/#([\w-]+)/, (_, id: string) => `#${dimmedArrowId(id)}`);
}
