/**
 * A polyline moved sideways: the line of one direction of a two-way pair,
 * drawn beside the shared route of the pair so that each direction keeps its
 * own lane, arrowhead and label.
 */
import type { Point } from './rectGeometry';

function normalOf(a: Point, b: Point): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
}

/**
 * `points` moved by `by` pixels to the left of their direction of travel (on
 * screen, where y grows downwards, "left" is the side a walker heading along
 * the line has on its left hand); bends are mitred, and a miter never grows
 * longer than twice `by`, so that a sharp bend does not throw a point far off.
 */
export function polylineOffset(points: readonly Point[], by: number): Point[] {
  if (by === 0 || points.length < 2) return [...points];
  return points.map((p, i) => {
    const prev = points[i - 1];
    const next = points[i + 1];
    const before = prev === undefined ? null : normalOf(prev, p);
    const after = next === undefined ? null : normalOf(p, next);
    const one = before ?? after ?? { x: 0, y: 0 };
    const other = after ?? before ?? one;
    const mx = one.x + other.x;
    const my = one.y + other.y;
    const mLength = Math.hypot(mx, my);
    if (mLength < 1e-6) return { x: p.x + one.x * by, y: p.y + one.y * by };
    const ux = mx / mLength;
    const uy = my / mLength;
    const scale = Math.min(1 / Math.max(ux * one.x + uy * one.y, 1e-6), 2) * by;
    return { x: p.x + ux * scale, y: p.y + uy * scale };
  });
}
