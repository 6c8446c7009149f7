/**
 * Where the camera looks during a lesson, as plain numbers (no React Flow):
 * the whole design when it reads fitted (`lessonFrameOf`), else the subject of
 * a step (every node it talks about, `lessonSubject.ts`), drawn whole inside
 * the free part of the canvas, as large as fits up to a limit,
 * and a camera that stays put from one step to the next when it already
 * shows the new subject well: a room should not watch the design jump about
 * while the trainer speaks.
 */
import type { Box } from './canvasGeometry';

/** React Flow's viewport: a flow point (px, py) is drawn at (px·zoom + x, py·zoom + y). */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** Screen pixels along each edge of the canvas that overlays cover (controls, buttons). */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** The canvas on screen: its size and the insets a fitted subject keeps clear of. */
export interface CameraFrame {
  readonly width: number;
  readonly height: number;
  readonly insets: Insets;
}

export interface CameraLimits {
  /** Never closer than this. */
  readonly maxZoom: number;
  /** The zoom from which names are readable; a camera below it moves when it could be above. */
  readonly readableZoom: number;
  /**
   * The farthest out a step frames the whole design: where names are still drawn larger than
   * the small print they replace (the compact band), not where only names are left.
   */
  readonly wholeZoom: number;
}

/**
 * A camera that shows the subject whole stays unless the fit would draw it
 * much larger: within this ratio of the fitted zoom, the room sees no move.
 */
export const KEEP_RATIO = 0.6;
/**
 * A canvas that grows or shrinks by more than this fraction (a panel hidden,
 * the window resized) is fitted again; a smaller change (a lesson step's text
 * a line longer) leaves a camera that still shows the subject where it is.
 */
export const REFIT_CHANGE = 0.2;
/** Screen pixels a subject may stick out of the free area and still count as shown (rounding). */
const SLACK = 1;

/** The smallest box holding every box, or null for none. */
export function boxesUnion(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * A workload's box with the edges of its namespace's box that lie within
 * `reach` of it: a card near the edge of its namespace is shown with that
 * edge (never a namespace cut off at the canvas's edge or under a pane), and
 * with the namespace's name over it; a namespace's far edges stay out, so
 * the camera can still come close to a few cards of a large namespace.
 */
export function boxWithNearEdges(card: Box, namespace: Box, reach: number): Box {
  const left = card.x - namespace.x <= reach ? namespace.x : card.x;
  const right =
    namespace.x + namespace.width - (card.x + card.width) <= reach
      ? namespace.x + namespace.width
      : card.x + card.width;
  const bottom =
    namespace.y + namespace.height - (card.y + card.height) <= reach
      ? namespace.y + namespace.height
      : card.y + card.height;
  const top = namespace.y;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The free part of the frame, in screen pixels relative to the canvas. */
export function freeArea(frame: CameraFrame): Box {
  const { insets } = frame;
  return {
    x: insets.left,
    y: insets.top,
    width: Math.max(1, frame.width - insets.left - insets.right),
    height: Math.max(1, frame.height - insets.top - insets.bottom),
  };
}

/** The viewport that draws `subject` centred in the free area, as large as fits, up to `maxZoom`. */
export function viewportFitting(subject: Box, frame: CameraFrame, maxZoom: number): Viewport {
  const free = freeArea(frame);
  const zoom = Math.min(
    maxZoom,
    free.width / Math.max(1, subject.width),
    free.height / Math.max(1, subject.height),
  );
  return {
    x: free.x + free.width / 2 - (subject.x + subject.width / 2) * zoom,
    y: free.y + free.height / 2 - (subject.y + subject.height / 2) * zoom,
    zoom,
  };
}

/** Whether `viewport` draws all of `subject` inside the frame's free area. */
export function viewportShows(viewport: Viewport, subject: Box, frame: CameraFrame): boolean {
  const free = freeArea(frame);
  const left = subject.x * viewport.zoom + viewport.x;
  const top = subject.y * viewport.zoom + viewport.y;
  const right = left + subject.width * viewport.zoom;
  const bottom = top + subject.height * viewport.zoom;
  return (
    left >= free.x - SLACK &&
    top >= free.y - SLACK &&
    right <= free.x + free.width + SLACK &&
    bottom <= free.y + free.height + SLACK
  );
}

/**
 * The camera for a lesson step: the current one when it shows the whole
 * subject at a zoom close to the fitted one (`KEEP_RATIO`) and readable (or
 * as readable as the fit), else the fit. The same subject twice is never a
 * move; a smaller subject inside the view is none either.
 */
export function lessonViewport(
  current: Viewport,
  subject: Box,
  frame: CameraFrame,
  limits: CameraLimits,
): Viewport {
  const fit = viewportFitting(subject, frame, limits.maxZoom);
  const closeEnough = current.zoom >= fit.zoom * KEEP_RATIO;
  const readable = current.zoom >= Math.min(fit.zoom, limits.readableZoom);
  const keeps = closeEnough && readable && viewportShows(current, subject, frame);
  return keeps ? current : fit;
}

/**
 * What a lesson step frames: the whole design (namespace boxes and all) when it fits in the free
 * area with its names readable (`wholeZoom`), so the room sees every box whole with a margin
 * around it, never one cut at the canvas's edge; else the step's subject, drawn readable in a
 * large design.
 */
export function lessonFrameOf(
  subject: Box,
  design: Box | null,
  frame: CameraFrame,
  limits: CameraLimits,
): Box {
  if (design === null) return subject;
  const whole = boxesUnion([design, subject]) ?? subject;
  const fit = viewportFitting(whole, frame, limits.maxZoom);
  return fit.zoom >= limits.wholeZoom ? whole : subject;
}

/** Whether the canvas changed size enough to fit the subject again (`REFIT_CHANGE`). */
export function frameChangedMuch(
  before: { readonly width: number; readonly height: number },
  after: { readonly width: number; readonly height: number },
): boolean {
  const change = (a: number, b: number) => Math.abs(b - a) / Math.max(1, a);
  return (
    change(before.width, after.width) > REFIT_CHANGE ||
    change(before.height, after.height) > REFIT_CHANGE
  );
}
