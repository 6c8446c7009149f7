/**
 * A polyline moved sideways: the line of one direction of a two-way pair,
 * drawn beside the shared route of the pair so that each direction keeps its
 * own lane, arrowhead and label; a line given its own lane along a corridor
 * it shares with others (`corridors.ts`), piece by piece.
 */
import type { Point } from './rectGeometry';

function normalOf(a: Point, b: Point): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
}

const along = (p: Point, n: Point, by: number): Point => ({ x: p.x + n.x * by, y: p.y + n.y * by });

/**
 * Where the pieces before and after a bend at `p` meet once moved by `one`
 * and `other` pixels along their normals `n` and `m`: one point (mitred, never
 * further from `p` than twice the larger shift), or two, a short step from one
 * lane to the other, where the pieces run straight on, turn right back, or
 * meet too far off.
 */
function joint(p: Point, n: Point, m: Point, one: number, other: number): Point[] {
  const det = n.x * m.y - n.y * m.x;
  const straight = Math.abs(det) < 1e-6;
  if (straight && n.x * m.x + n.y * m.y > 0 && Math.abs(one - other) < 1e-6) {
    return [along(p, n, one)];
  }
  if (straight) return [along(p, n, one), along(p, m, other)];
  // The point v off p with v·n = one and v·m = other.
  const vx = (one * m.y - other * n.y) / det;
  const vy = (other * n.x - one * m.x) / det;
  const length = Math.hypot(vx, vy);
  const most = 2 * Math.max(Math.abs(one), Math.abs(other));
  if (length <= most) return [{ x: p.x + vx, y: p.y + vy }];
  // A miter too long: one shift is drawn cut short along the bisector, two step across.
  if (one !== other) return [along(p, n, one), along(p, m, other)];
  return [{ x: p.x + (vx * most) / length, y: p.y + (vy * most) / length }];
}

/** Each of `points` moved as `polylineOffset` moves it: to one point, or two at a step across. */
function movedPoints(points: readonly Point[], by: number | readonly number[]): Point[][] {
  const shift = (i: number) => (typeof by === 'number' ? by : (by[i] ?? 0));
  if (points.length < 2 || (typeof by === 'number' ? by === 0 : by.every((b) => b === 0))) {
    return points.map((p) => [p]);
  }
  return points.map((p, i) => {
    const prev = points[i - 1];
    const next = points[i + 1];
    if (prev === undefined && next !== undefined) return [along(p, normalOf(p, next), shift(0))];
    if (next === undefined && prev !== undefined)
      return [along(p, normalOf(prev, p), shift(i - 1))];
    if (prev !== undefined && next !== undefined)
      return joint(p, normalOf(prev, p), normalOf(p, next), shift(i - 1), shift(i));
    return [];
  });
}

/**
 * `points` moved by `by` pixels to the left of their direction of travel (on
 * screen, where y grows downwards, "left" is the side a walker heading along
 * the line has on its left hand); `by` is one shift for the whole line or one
 * per piece (piece i runs from point i to point i + 1). Bends are mitred, and
 * a miter never grows longer than twice the shift, so that a sharp bend does
 * not throw a point far off.
 */
export function polylineOffset(points: readonly Point[], by: number | readonly number[]): Point[] {
  return movedPoints(points, by).flat();
}

/**
 * For each point of `polylineOffset(points, by)`, the index of the point of `points` it was
 * moved from: two in a row from one point where the moved line steps across at a bend.
 */
export function polylineOffsetOrigins(
  points: readonly Point[],
  by: number | readonly number[],
): number[] {
  return movedPoints(points, by).flatMap((moved, i) => moved.map(() => i));
}
