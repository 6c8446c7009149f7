/**
 * A label shown while the pointer is on its line is drawn where the line's
 * label would go (or its middle), which may lie past the canvas's edge: a long
 * line hovered near one end. It is moved, as little as can be, to lie wholly
 * in the part of the design the camera shows, and off the namespaces' names:
 * drawn above the boxes, the label of a short summary line between two
 * collapsed boxes covered what both say.
 */
import type { Rect } from './edgeGeometry';
import { rectGrow, rectsOverlap } from '../routing/rectGeometry';
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

/** How far a label may move off its spot to clear the names, in screen pixels, and by what steps. */
const CLEAR_REACH = 160;
const CLEAR_STEP = 6;

/** The offsets (in steps) within `CLEAR_REACH`, nearest first: each tried in turn. */
const OFFSETS: readonly Point[] = (() => {
  const steps = Math.floor(CLEAR_REACH / CLEAR_STEP);
  const all: Point[] = [];
  for (let dx = -steps; dx <= steps; dx++) {
    for (let dy = -steps; dy <= steps; dy++) {
      if (Math.hypot(dx, dy) <= steps) all.push({ x: dx, y: dy });
    }
  }
  return all.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y));
})();

/**
 * `spotInView`, and then, when the label there covers one of `names` (the namespaces' names, a
 * collapsed box whole: flow pixels), the nearest spot within `CLEAR_REACH` screen pixels where it
 * lies in the view and covers none, `EDGE_ROOM` from them; where there is none, `spotInView`'s.
 */
export function spotClearOfNames(
  spot: Point,
  size: { readonly width: number; readonly height: number },
  view: Rect,
  zoom: number,
  names: readonly Rect[],
): Point {
  const inView = spotInView(spot, size, view, zoom);
  const room = EDGE_ROOM / zoom;
  const rectAt = (p: Point): Rect =>
    rectGrow({ x: p.x - size.width / 2, y: p.y - size.height / 2, ...size }, room);
  // Only the names the label could reach are tried.
  const reach = CLEAR_REACH / zoom;
  const around: Rect = {
    x: spot.x - reach - size.width,
    y: spot.y - reach - size.height,
    width: 2 * (reach + size.width),
    height: 2 * (reach + size.height),
  };
  const near = names.filter((n) => rectsOverlap(n, around));
  const clear = (p: Point) => !near.some((n) => rectsOverlap(n, rectAt(p)));
  if (clear(inView)) return inView;
  const step = CLEAR_STEP / zoom;
  for (const offset of OFFSETS) {
    const p = { x: spot.x + offset.x * step, y: spot.y + offset.y * step };
    const r = rectAt(p);
    const within =
      r.x >= view.x &&
      r.y >= view.y &&
      r.x + r.width <= view.x + view.width &&
      r.y + r.height <= view.y + view.height;
    if (within && clear(p)) return p;
  }
  return inView;
}
