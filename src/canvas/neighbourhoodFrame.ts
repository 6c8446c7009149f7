/**
 * What a focus frames of a neighbourhood too large to be read whole (a busy workload's peers
 * across a design): the focused card near the middle of the view and the neighbours nearest it
 * that fit around it at `FOCUS_NAMES_ZOOM`, so that their names read; the rest lie along its lit
 * lines, outside. Framed by their bounds alone, a card at the corner of its namespace with its
 * neighbours in the boxes beside sat at the view's edge, where the eye does not look first.
 */
import type { Box } from './canvasGeometry';
import type { CameraFrame, Viewport } from './lessonCamera';
import { boxesUnion, freeArea } from './lessonCamera';

/**
 * The farthest a focus goes out: names are drawn 28–36 px in the names band, at least 9 px on
 * screen from here (at zoom 0.09 a neighbourhood framed whole read as dots).
 */
export const FOCUS_NAMES_ZOOM = 0.32;

/**
 * How far from the middle of the view the focused card's centre may sit, as a share of the
 * view's free width or height: within its middle third, which leaves room on every side for
 * the neighbours nearest it (a middle fifth left a quarter of a 600-workload focus empty).
 */
export const FOCUS_OFF_MIDDLE = 1 / 6;

const centreOf = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * Of `items` (the focused one first), the first and those nearest it, nearest first, whose
 * boxes fit the frame's free area together at `zoom` with the first one's centre within
 * `FOCUS_OFF_MIDDLE` of the middle; one that would not fit is passed over for nearer-fitting
 * ones beyond it. All of them when they fit.
 */
export function nearestFitting<T>(
  items: readonly T[],
  boxOf: (item: T) => Box,
  frame: CameraFrame,
  zoom: number,
): readonly T[] {
  const [first, ...rest] = items;
  if (first === undefined) return items;
  const free = freeArea(frame);
  const room = { width: free.width / zoom, height: free.height / zoom };
  // How far the nodes may reach from the first one's centre, on each side.
  const reach = {
    width: room.width * (0.5 + FOCUS_OFF_MIDDLE),
    height: room.height * (0.5 + FOCUS_OFF_MIDDLE),
  };
  const start = boxOf(first);
  const at = centreOf(start);
  const away = (b: Box) => {
    const c = centreOf(b);
    return Math.hypot(c.x - at.x, c.y - at.y);
  };
  const byDistance = rest.map((item) => ({ item, box: boxOf(item) }));
  byDistance.sort((a, b) => away(a.box) - away(b.box));
  let left = start.x;
  let top = start.y;
  let right = start.x + start.width;
  let bottom = start.y + start.height;
  const kept: T[] = [first];
  for (const { item, box } of byDistance) {
    const l = Math.min(left, box.x);
    const t = Math.min(top, box.y);
    const r = Math.max(right, box.x + box.width);
    const b = Math.max(bottom, box.y + box.height);
    if (r - l > room.width || b - t > room.height) continue;
    if (Math.max(at.x - l, r - at.x) > reach.width) continue;
    if (Math.max(at.y - t, b - at.y) > reach.height) continue;
    [left, top, right, bottom] = [l, t, r, b];
    kept.push(item);
  }
  return kept.length === items.length ? items : kept;
}

/** What a focus frames of a neighbourhood, and the farthest out it may go to frame them. */
export interface NeighbourhoodShown<T> {
  readonly shown: readonly T[];
  readonly minZoom: number;
}

/**
 * What a focus frames of `items` (the focused one first), and how far out: all of them, no
 * farther out than `labelsZoom` (the edge of the band where lines' labels show), when they fit
 * the frame's free area there, so that the lit lines say what they allow (the Boutique's
 * cartservice at the right of its neighbours, framed around it, went down to the names band,
 * where no label shows); else the nearest that fit at `FOCUS_NAMES_ZOOM` (`nearestFitting`).
 */
export function neighbourhoodShown<T>(
  items: readonly T[],
  boxOf: (item: T) => Box,
  frame: CameraFrame,
  labelsZoom: number,
): NeighbourhoodShown<T> {
  const all = boxesUnion(items.map(boxOf));
  const free = freeArea(frame);
  const fits =
    all !== null && all.width * labelsZoom <= free.width && all.height * labelsZoom <= free.height;
  if (fits && labelsZoom > FOCUS_NAMES_ZOOM) return { shown: items, minZoom: labelsZoom };
  return {
    shown: nearestFitting(items, boxOf, frame, FOCUS_NAMES_ZOOM),
    minZoom: FOCUS_NAMES_ZOOM,
  };
}

/**
 * Along one axis, where the first node's centre (`at`, `before` and `after` the others reach
 * from it, in screen pixels at the zoom) is drawn in [from, from + room): where `drawn` puts it,
 * moved into the middle of the room by `FOCUS_OFF_MIDDLE`, and as far as that allows, so that
 * all the nodes show. When the nodes fit but not with it in the middle (a zoom held at the edge
 * of the labels' band), they all show, it as near the middle as that allows.
 */
function centreShowing(drawn: number, before: number, after: number, from: number, room: number) {
  const nearLow = from + room * (0.5 - FOCUS_OFF_MIDDLE);
  const nearHigh = from + room * (0.5 + FOCUS_OFF_MIDDLE);
  const showLow = from + before;
  const showHigh = from + room - after;
  const low = Math.max(nearLow, showLow);
  const high = Math.min(nearHigh, showHigh);
  const within = (min: number, max: number) => Math.min(max, Math.max(min, drawn));
  if (low <= high) return within(low, high);
  if (showLow <= showHigh) return showHigh < nearLow ? showHigh : showLow;
  return within(nearLow, nearHigh);
}

/**
 * `view` (the camera that frames `boxes`, the focused node first) moved and, where it must, drawn
 * farther out (never past `minZoom`), so that the focused node's centre sits within
 * `FOCUS_OFF_MIDDLE` of the middle of the frame's free area, the others around it as far as
 * they fit.
 */
export function viewportAroundFirst(
  view: Viewport,
  boxes: readonly Box[],
  frame: CameraFrame,
  minZoom: number,
): Viewport {
  const [first] = boxes;
  const all = boxesUnion(boxes);
  if (first === undefined || all === null) return view;
  const free = freeArea(frame);
  const at = centreOf(first);
  const left = at.x - all.x;
  const right = all.x + all.width - at.x;
  const up = at.y - all.y;
  const down = all.y + all.height - at.y;
  const share = 0.5 + FOCUS_OFF_MIDDLE;
  const zoom = Math.max(
    minZoom,
    Math.min(
      view.zoom,
      (free.width * share) / Math.max(1, left, right),
      (free.height * share) / Math.max(1, up, down),
    ),
  );
  // Where `view` draws the middle of all the nodes stays, the first one's centre around it.
  const middle = centreOf(all);
  const drawnX = view.x + middle.x * view.zoom + (at.x - middle.x) * zoom;
  const drawnY = view.y + middle.y * view.zoom + (at.y - middle.y) * zoom;
  const x = centreShowing(drawnX, left * zoom, right * zoom, free.x, free.width);
  const y = centreShowing(drawnY, up * zoom, down * zoom, free.y, free.height);
  return { x: x - at.x * zoom, y: y - at.y * zoom, zoom };
}
