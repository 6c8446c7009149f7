/**
 * Points, boxes and segments on the canvas, in flow coordinates: the small
 * geometry the router and the label placement share.
 */
import type { Rect } from '../edges/edgeGeometry';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export function rectGrow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

export function rectCentre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** Whether two boxes share some area (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The smallest box holding every one of `rects`; null for none. */
export function rectUnion(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Whether `p` is strictly inside `r`. */
export function rectHasPoint(r: Rect, p: Point): boolean {
  return p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;
}

/** A box centred on `p`. */
export function rectAround(p: Point, width: number, height: number): Rect {
  return { x: p.x - width / 2, y: p.y - height / 2, width, height };
}

/**
 * Where the segment a→b enters the inside of `r`, as a fraction of the
 * segment (0 at a), or null when it does not cross the inside (Liang–Barsky
 * clipping; a segment that only grazes the border does not count).
 */
export function segmentEntersRect(a: Point, b: Point, r: Rect): number | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  // Each side in turn: p, how fast the segment heads out past it; q, how far inside it a is.
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q =
      side === 0
        ? a.x - r.x
        : side === 1
          ? r.x + r.width - a.x
          : side === 2
            ? a.y - r.y
            : r.y + r.height - a.y;
    if (p === 0) {
      if (q > 0) continue;
      return null;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (!(t0 < t1)) return null;
  }
  return (t1 - t0) * Math.hypot(dx, dy) > 0.5 ? t0 : null;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

export function polylineLength(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a !== undefined && b !== undefined) sum += distance(a, b);
  }
  return sum;
}

/** The point `at` (0 to 1) of the way along a polyline, and the piece it lies on (its first point's index). */
function polylineStop(
  points: readonly Point[],
  at: number,
  length: number,
): { point: Point; piece: number } {
  let left = length * at;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a === undefined || b === undefined) continue;
    const d = distance(a, b);
    if (d >= left && d > 0) {
      const t = left / d;
      return { point: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, piece: i - 1 };
    }
    left -= d;
  }
  return { point: points[points.length - 1] ?? { x: 0, y: 0 }, piece: points.length - 2 };
}

/** The point `at` (0 to 1) of the way along a polyline. */
export function polylinePoint(points: readonly Point[], at: number): Point {
  return polylineStop(points, at, polylineLength(points)).point;
}

/**
 * The point `at` (0 to 1) of the way along a polyline, and the direction (a
 * unit vector) in which the polyline runs there; `total`, the polyline's length, when
 * known already (a caller asking for many points works it out once).
 */
export function polylineAt(
  points: readonly Point[],
  at: number,
  total = polylineLength(points),
): { point: Point; heading: Point } {
  const { point, piece } = polylineStop(points, at, total);
  const a = points[piece];
  const b = points[piece + 1];
  const length = a === undefined || b === undefined ? 0 : distance(a, b);
  if (a === undefined || b === undefined || length === 0) return { point, heading: { x: 1, y: 0 } };
  return { point, heading: { x: (b.x - a.x) / length, y: (b.y - a.y) / length } };
}

/** Whether some piece of the polyline crosses the inside of `r`. */
export function polylineCrosses(points: readonly Point[], r: Rect): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a !== undefined && b !== undefined && segmentEntersRect(a, b, r) !== null) return true;
  }
  return false;
}
