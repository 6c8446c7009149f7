/**
 * Where a move to some nodes (Find, Show, Focus on a workload's neighbourhood) puts the camera
 * when they do not all fit at the farthest zoom it may use: a workload whose lines reach every
 * namespace has a neighbourhood as large as the design. The first node asked for (the workload
 * focused on, the one found, a line's source) is what the user asked about: it stays whole in
 * view, and the rest are shown around it as far as the zoom allows.
 */
import type { Box } from './canvasGeometry';
import { boxesUnion, freeArea } from './lessonCamera';
import type { CameraFrame, Viewport } from './lessonCamera';

/** The offset along one axis that draws [start, start + size) inside [from, from + room). */
function offsetShowing(offset: number, start: number, size: number, from: number, room: number) {
  const drawn = start + offset;
  if (size > room || drawn < from) return offset + from - drawn;
  if (drawn + size > from + room) return offset - (drawn + size - from - room);
  return offset;
}

/**
 * The camera for `boxes` (in flow coordinates, the one asked about first) when they do not fit
 * in the frame's free area at `minZoom`: at that zoom, centred on them all, moved just enough to
 * draw the first one whole. Null when they fit: a fit frames them all.
 */
export function viewportBeyondFit(
  boxes: readonly Box[],
  frame: CameraFrame,
  minZoom: number,
): Viewport | null {
  const all = boxesUnion(boxes);
  const [first] = boxes;
  if (all === null || first === undefined) return null;
  const free = freeArea(frame);
  const fits = all.width * minZoom <= free.width && all.height * minZoom <= free.height;
  if (fits) return null;
  const zoom = minZoom;
  const x = free.x + free.width / 2 - (all.x + all.width / 2) * zoom;
  const y = free.y + free.height / 2 - (all.y + all.height / 2) * zoom;
  return {
    x: offsetShowing(x, first.x * zoom, first.width * zoom, free.x, free.width),
    y: offsetShowing(y, first.y * zoom, first.height * zoom, free.y, free.height),
    zoom,
  };
}
