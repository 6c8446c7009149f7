/**
 * What a focus frames of a workload's neighbourhood (the workload, its peers, their boxes): all
 * of it when it fits the free area at the app's smallest zoom, centred there; else, for a busy
 * workload whose peers reach across a design, the focused card and the neighbours nearest it
 * that fit around it at that zoom (the note says so: `FramedPart`), centred too. The rest lie
 * along its lit lines, outside. Never farther out than Zoom Out goes: below it names are no
 * longer read (a focus once went to 0.32, under Zoom Out's own 0.346).
 */
import type { Box } from './canvasGeometry';
import type { CameraFrame } from './lessonCamera';
import { boxesUnion, freeArea } from './lessonCamera';
import { MIN_ZOOM } from './minZoom';

/** The farthest a focus goes out: the app's smallest zoom, where every name is still read. */
export const FOCUS_NAMES_ZOOM = MIN_ZOOM;

const centreOf = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * Of `items` (the focused one first), the first and those nearest it, nearest first, whose
 * boxes fit the frame's free area together at `zoom`; one that would not fit is passed over for
 * nearer-fitting ones beyond it. All of them when they fit. Framed centred, they fill the view:
 * a rule that also kept the first one within the middle third left a third of the view empty
 * beside a workload at the edge of the design, and cut the neighbours on the other side.
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

/** What a focus frames of a neighbourhood, and the farthest out it may go to frame them. */
export interface NeighbourhoodShown<T> {
  readonly shown: readonly T[];
  readonly minZoom: number;
}

/** Whether `items` fit the frame's free area together at `zoom`. */
function fitAt<T>(items: readonly T[], boxOf: (item: T) => Box, frame: CameraFrame, zoom: number) {
  const all = boxesUnion(items.map(boxOf));
  const free = freeArea(frame);
  return all !== null && all.width * zoom <= free.width && all.height * zoom <= free.height;
}

/**
 * What a focus frames of `items` (the focused one first), and how far out: all of them, no
 * farther out than `labelsZoom` (the edge of the band where lines' labels show), when they fit
 * the frame's free area there, so that the lit lines say what they allow (the Boutique's
 * cartservice at the right of its neighbours, framed around it, went down to the names band,
 * where no label shows); else all of them as far out as `FOCUS_NAMES_ZOOM` when they fit there;
 * else the nearest that fit at that zoom (`nearestFitting`).
 */
export function neighbourhoodShown<T>(
  items: readonly T[],
  boxOf: (item: T) => Box,
  frame: CameraFrame,
  labelsZoom: number,
): NeighbourhoodShown<T> {
  if (labelsZoom > FOCUS_NAMES_ZOOM && fitAt(items, boxOf, frame, labelsZoom)) {
    return { shown: items, minZoom: labelsZoom };
  }
  if (fitAt(items, boxOf, frame, FOCUS_NAMES_ZOOM)) {
    return { shown: items, minZoom: FOCUS_NAMES_ZOOM };
  }
  return {
    shown: nearestFitting(items, boxOf, frame, FOCUS_NAMES_ZOOM),
    minZoom: FOCUS_NAMES_ZOOM,
  };
}

/**
 * `items` with the one nearest the middle of them all first: what `nearestFitting` grows from
 * when there is no workload to keep (the workloads Find found by a label), so that the part
 * framed is the heart of them, not a corner.
 */
export function middleFirst<T>(items: readonly T[], boxOf: (item: T) => Box): readonly T[] {
  const all = boxesUnion(items.map(boxOf));
  if (all === null) return items;
  const mid = centreOf(all);
  const away = (item: T) => {
    const c = centreOf(boxOf(item));
    return Math.hypot(c.x - mid.x, c.y - mid.y);
  };
  let best = 0;
  items.forEach((item, i) => {
    const leader = items[best];
    if (leader !== undefined && away(item) < away(leader)) best = i;
  });
  const first = items[best];
  return first === undefined ? items : [first, ...items.filter((_, i) => i !== best)];
}
