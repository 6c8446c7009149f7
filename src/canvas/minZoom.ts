import type { CanvasNode } from './reactFlowTypes';
import type { Insets } from './lessonCamera';
import type { Size } from './layoutGeometry';
import { designBounds } from './designBounds';

/** How far out the user can zoom, unless the design needs more to be seen whole (`minZoomFor`). */
export const MIN_ZOOM = 0.15;
/** Never further out than this, whatever the design (a node placed far away by hand). */
export const MIN_ZOOM_FLOOR = 0.03;

/**
 * The smallest zoom the canvas allows: `MIN_ZOOM`, or less when the whole
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
