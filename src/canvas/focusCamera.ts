/**
 * Where a move to some nodes (Find, Show, Focus on a workload's neighbourhood) puts the camera.
 * The nodes are framed with the name of the namespace box each sits in, so the user sees where
 * they are, when that keeps them as readable as cards drawn in full (or nearly as they would be
 * without it); else the nodes alone. When they do not all fit at the farthest zoom it may use
 * (a workload whose lines reach every namespace has a neighbourhood as large as the design), the
 * first node asked for (the workload focused on, the one found, a line's source) is what the
 * user asked about: it stays whole in view, with its namespace's name where that fits too, and
 * the rest are shown around it as far as the zoom allows.
 */
import type { Box } from './canvasGeometry';
import { boxesUnion, freeArea, viewportFitting } from './lessonCamera';
import type { CameraFrame, Viewport } from './lessonCamera';

/** A node a camera is moved to, in flow coordinates. */
export interface FocusTarget {
  readonly box: Box;
  /** Where the name of the namespace box it sits in is drawn (`namespaceNameBox`), or null. */
  readonly name: Box | null;
}

export interface FocusLimits {
  /** Never farther out than this. */
  readonly minZoom: number;
  /** Never closer than this. */
  readonly maxZoom: number;
  /** The zoom from which cards are drawn in full: a namespace's name never costs more. */
  readonly readableZoom: number;
}

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

/**
 * How much smaller the nodes may be drawn for their namespace's name, when they are already
 * drawn below full size: a tenth (the name sits a box's inset beside and above its cards).
 */
const NAME_COST = 0.9;

/** Whether `box` fits the frame's free area at `zoom`. */
function fitsAt(box: Box, frame: CameraFrame, zoom: number): boolean {
  const free = freeArea(frame);
  return box.width * zoom <= free.width && box.height * zoom <= free.height;
}

/**
 * The camera for `targets` (the one asked about first): the nodes and their namespaces' names
 * framed as large as fits up to `maxZoom`, when that zoom is no lower than `readableZoom` or
 * than the nodes' own fit less `NAME_COST`; else the nodes alone; and past the farthest zoom, `viewportBeyondFit` with the
 * first one's name kept where it fits. Null for no target.
 */
export function focusViewport(
  targets: readonly FocusTarget[],
  frame: CameraFrame,
  limits: FocusLimits,
): Viewport | null {
  const boxes = targets.map((t) => t.box);
  const nodes = boxesUnion(boxes);
  const [first, ...rest] = targets;
  if (nodes === null || first === undefined) return null;
  const beyond = viewportBeyondFit(boxes, frame, limits.minZoom);
  if (beyond !== null) {
    const named = first.name === null ? null : boxesUnion([first.box, first.name]);
    if (named === null || !fitsAt(named, frame, limits.minZoom)) return beyond;
    return viewportBeyondFit([named, ...rest.map((t) => t.box)], frame, limits.minZoom) ?? beyond;
  }
  const alone = viewportFitting(nodes, frame, limits.maxZoom);
  const names = targets.flatMap((t) => (t.name === null ? [] : [t.name]));
  const withNames = viewportFitting(boxesUnion([nodes, ...names]) ?? nodes, frame, limits.maxZoom);
  const enough = Math.max(limits.minZoom, Math.min(alone.zoom * NAME_COST, limits.readableZoom));
  return withNames.zoom >= enough ? withNames : alone;
}
