import type { CanvasNode } from './reactFlowTypes';
import type { Insets } from './lessonCamera';
import type { Size } from './layoutGeometry';
import { designBounds } from './designBounds';

/** A name on the canvas is read from this size on screen, in px (issue 9's measure). */
const LEGIBLE_NAME_PX = 9;
/**
 * The smallest a top-level node's name is drawn zoomed out to names (`levelOfDetail.css`): a
 * collapsed namespace's box holds its name at 28 px or more (`namespaceFit`; the outside group's
 * "Outside the cluster" 27.6), "Anywhere" 26 px (an IP range's card draws a long address smaller).
 */
const SMALLEST_FAR_NAME_PX = 26;

/**
 * How far out the user can zoom, unless the design needs more to be seen whole (`minZoomFor`):
 * no further than every namespace's name stays legible (0.346; at 0.15 they were 4 to 6 px and
 * the design a blob in the middle), and still in the names band (`NAMES_BELOW`, 0.4), so that a
 * small design (three tiers) can be zoomed out to its names.
 */
export const MIN_ZOOM = LEGIBLE_NAME_PX / SMALLEST_FAR_NAME_PX;
/** Never further out than this, whatever the design (a node placed far away by hand). */
export const MIN_ZOOM_FLOOR = 0.03;

/**
 * The smallest zoom the canvas allows: `MIN_ZOOM`, or less only when the whole
 * design (every top-level node: boxes hold their cards) fits in `view`, within
 * `insets`, only further out; so that Fit view always shows everything (every
 * namespace of a large design expanded at 1280×720) and the zoom-out button
 * stays usable until it does. Rounded down to a hundredth, so that a card
 * dragged a little does not change it.
 */
export function minZoomFor(nodes: readonly CanvasNode[], view: Size, insets: Insets): number {
  const bounds = designBounds(nodes);
  const width = view.width - insets.left - insets.right;
  const height = view.height - insets.top - insets.bottom;
  if (bounds === null || width <= 0 || height <= 0) return MIN_ZOOM;
  const fit = Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height));
  return Math.max(MIN_ZOOM_FLOOR, Math.min(MIN_ZOOM, Math.floor(fit * 100) / 100));
}
