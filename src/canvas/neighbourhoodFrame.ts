/**
 * What a focus frames of a neighbourhood too large to be read whole (a busy workload's peers
 * across a design): the focused card and the neighbours nearest it that fit the view together
 * at `FOCUS_NAMES_ZOOM`, so that their names read; the rest lie along its lit lines, outside.
 */
import type { Box } from './canvasGeometry';
import type { CameraFrame } from './lessonCamera';
import { freeArea } from './lessonCamera';

/**
 * The farthest a focus goes out: names are drawn 28–36 px in the names band, at least 9 px on
 * screen from here (at zoom 0.09 a neighbourhood framed whole read as dots).
 */
export const FOCUS_NAMES_ZOOM = 0.32;

const centreOf = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * Of `items` (the focused one first), the first and those nearest it, nearest first, whose
 * boxes fit the frame's free area together at `zoom`; one that would not fit is passed over
 * for nearer-fitting ones beyond it. All of them when they fit.
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
    [left, top, right, bottom] = [l, t, r, b];
    kept.push(item);
  }
  return kept.length === items.length ? items : kept;
}
