/**
 * Where the walk's callout goes on screen: in the free part of the canvas, never
 * over the two nodes the packet travels between, never under the canvas's own
 * overlays (palette, zoom controls, minimap) and never out of the canvas; over no
 * other card where a place allows (above frontend → cartservice it hid
 * checkoutservice's name). Pure geometry in screen pixels relative to the canvas's
 * top-left corner.
 */
import type { Point } from './walkGeometry';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface CalloutScene {
  /** The canvas's size. */
  readonly pane: Size;
  /** The callout's measured size. */
  readonly callout: Size;
  /** Where the packet waits: the callout is placed near it. */
  readonly anchor: Point;
  /** What the callout must not cover: the walked nodes and the packet. */
  readonly avoid: readonly Box[];
  /** The other cards in view: left uncovered where a place allows, as an overlay is. */
  readonly cards?: readonly Box[];
  /** The canvas's overlays, drawn above the flow. */
  readonly keepOut: readonly Box[];
}

/** The gap kept between the callout and the nodes, overlays and canvas edges. */
export const CALLOUT_GAP = 12;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function grown(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

function union(boxes: readonly Box[], fallback: Point): Box {
  if (boxes.length === 0) return { x: fallback.x, y: fallback.y, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Keeps a box of `size` inside the pane (or at its top-left when it does not fit). */
function clamped(p: Point, size: Size, pane: Size): Point {
  const g = CALLOUT_GAP;
  return {
    x: Math.max(g, Math.min(p.x, pane.width - size.width - g)),
    y: Math.max(g, Math.min(p.y, pane.height - size.height - g)),
  };
}

/** Above the nodes first (where a reader looks), then below, beside, and the corners. */
function candidates(scene: CalloutScene): Point[] {
  const { callout: c, anchor, pane } = scene;
  const u = union(scene.avoid, anchor);
  const g = CALLOUT_GAP;
  const centredX = anchor.x - c.width / 2;
  const centredY = anchor.y - c.height / 2;
  return [
    { x: centredX, y: u.y - g - c.height },
    { x: centredX, y: u.y + u.height + g },
    { x: u.x - g - c.width, y: centredY },
    { x: u.x + u.width + g, y: centredY },
    { x: g, y: g },
    { x: pane.width - c.width - g, y: g },
    { x: g, y: pane.height - c.height - g },
    { x: pane.width - c.width - g, y: pane.height - c.height - g },
  ].map((p) => clamped(p, c, pane));
}

export interface CalloutPlace {
  /** The callout's top-left corner. */
  readonly at: Point;
  /** False when no place in the canvas leaves the walked nodes uncovered. */
  readonly clear: boolean;
}

/**
 * The callout's place: the first candidate that covers nothing, else the one
 * covering least (the walked nodes count four times an overlay or a card).
 */
export function placeCallout(scene: CalloutScene): CalloutPlace {
  const avoid = scene.avoid.map((b) => grown(b, CALLOUT_GAP / 2));
  const keepOut = [...scene.keepOut, ...(scene.cards ?? [])].map((b) => grown(b, CALLOUT_GAP / 2));
  let best: CalloutPlace = { at: { x: CALLOUT_GAP, y: CALLOUT_GAP }, clear: false };
  let bestCost = Infinity;
  for (const at of candidates(scene)) {
    const box = { ...at, ...scene.callout };
    const covered = avoid.reduce((s, b) => s + overlap(box, b), 0);
    const cost = 4 * covered + keepOut.reduce((s, b) => s + overlap(box, b), 0);
    if (cost === 0) return { at, clear: true };
    if (cost < bestCost) {
      best = { at, clear: covered === 0 };
      bestCost = cost;
    }
  }
  return best;
}

/**
 * The band to keep free at the top of the canvas when the view is fitted again
 * so that the callout sits above the walked nodes: the overlays along the top
 * edge (the palette), the callout and a gap on each side.
 */
export function topBandFor(callout: Size, keepOut: readonly Box[], pane: Size): number {
  const topOverlays = keepOut.filter((b) => b.y < pane.height / 4);
  const below = Math.max(0, ...topOverlays.map((b) => b.y + b.height));
  return below + callout.height + 2 * CALLOUT_GAP;
}

/** Where the view keeps a band free for the callout when it is fitted again, and how wide. */
export interface CalloutBand {
  readonly side: 'top' | 'right';
  /** The band's size in screen pixels: its height at the top, its width on the right. */
  readonly size: number;
}

/**
 * The band that leaves the walked nodes (a `subject` of that size, in flow
 * pixels) drawn larger: above them (`topBandFor`), or on their right on a
 * canvas too low for a callout over the nodes (a 1280 × 720 projector with the
 * side panel open), where a band at the top would shrink them to a strip. The
 * right, because the zoom buttons take the bottom-left corner (and presenting
 * hides the minimap of the bottom-right).
 */
export function calloutBandFor(
  callout: Size,
  keepOut: readonly Box[],
  pane: Size,
  subject: Size,
): CalloutBand {
  const g = CALLOUT_GAP;
  const top = topBandFor(callout, keepOut, pane);
  const right = callout.width + 2 * g;
  const zoomOf = (width: number, height: number) =>
    Math.min(width / Math.max(1, subject.width), height / Math.max(1, subject.height));
  const underTop = zoomOf(pane.width - 2 * g, pane.height - top - 2 * g);
  const beside = zoomOf(pane.width - right - 2 * g, pane.height - 2 * g);
  return beside > underTop ? { side: 'right', size: right } : { side: 'top', size: top };
}
