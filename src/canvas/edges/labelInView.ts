/**
 * A label shown while the pointer is on its line is drawn where the line's
 * label would go (or its middle), which may lie past the canvas's edge: a long
 * line hovered near one end. It is moved, as little as can be, to lie wholly
 * in the part of the design the camera shows.
 */
import type { Rect } from './edgeGeometry';
import type { Point } from '../routing/rectGeometry';

/** Room kept between the label and the canvas's edge, in screen pixels. */
const EDGE_ROOM = 4;

/**
 * The part of the design the camera shows, in flow coordinates: React Flow's
 * `transform` ([x, y, zoom]) and the canvas's size in screen pixels.
 */
export function viewRectOf(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

function clamp(value: number, low: number, high: number): number {
  // A label wider than the view keeps its centre in the view's centre.
  return low > high ? (low + high) / 2 : Math.min(Math.max(value, low), high);
}

/**
 * The centre of a label of `size` (flow pixels) centred at `spot`, moved so
 * that the whole label lies in `view`, `EDGE_ROOM` screen pixels in from its
 * edges (`zoom`: screen pixels per flow pixel).
 */
export function spotInView(
  spot: Point,
  size: { readonly width: number; readonly height: number },
  view: Rect,
  zoom: number,
): Point {
  const room = EDGE_ROOM / zoom;
  const halfW = size.width / 2 + room;
  const halfH = size.height / 2 + room;
  return {
    x: clamp(spot.x, view.x + halfW, view.x + view.width - halfW),
    y: clamp(spot.y, view.y + halfH, view.y + view.height - halfH),
  };
}
