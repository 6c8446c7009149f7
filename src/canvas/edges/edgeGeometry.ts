/**
 * Floating edges: a line between the borders of two boxes, aimed from
 * centre to centre, so it leaves each node on the side facing the other (no
 * loops around a node, whatever the layout). The two lines of a two-way pair
 * are shifted apart; a box inside another (a workload in its namespace) is
 * reached from the top of the outer box; a box to itself gets a small loop.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface EdgeLine {
  /** SVG path data. */
  readonly path: string;
  readonly labelX: number;
  readonly labelY: number;
}

function centre(r: Rect): { x: number; y: number } {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * Where the ray from `from` (inside `r`) in direction (dx, dy) leaves `r`; `from` itself
 * when there is no direction (the line's other end is the same point: boxes overlapping).
 */
export function exitPoint(r: Rect, from: { x: number; y: number }, dx: number, dy: number) {
  if (dx === 0 && dy === 0) return { x: from.x, y: from.y };
  const tx = dx === 0 ? Infinity : (dx > 0 ? r.x + r.width - from.x : r.x - from.x) / dx;
  const ty = dy === 0 ? Infinity : (dy > 0 ? r.y + r.height - from.y : r.y - from.y) / dy;
  const t = Math.max(0, Math.min(tx, ty));
  return { x: from.x + dx * t, y: from.y + dy * t };
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function loop(r: Rect): EdgeLine {
  const x = r.x + r.width - 24;
  const y = r.y;
  return { path: `M ${x} ${y} c 0 -40 40 -40 24 0`, labelX: x + 12, labelY: y - 34 };
}

/**
 * The ends of a line between a box and a box inside it (a namespace and one
 * of its workloads): straight down from the top of the outer box, or null
 * when neither box holds the other.
 */
export function nestedEnds(
  s: Rect,
  t: Rect,
): [{ x: number; y: number }, { x: number; y: number }] | null {
  const inner = rectContains(s, t) ? t : rectContains(t, s) ? s : null;
  if (inner === null) return null;
  const c = centre(inner);
  return [
    { x: c.x, y: s.y },
    { x: c.x, y: t.y },
  ];
}

/** A straight line; its label at `at` of the way (0.5: the middle). */
function straight(a: { x: number; y: number }, b: { x: number; y: number }, at = 0.5): EdgeLine {
  return {
    path: `M ${a.x} ${a.y} L ${b.x} ${b.y}`,
    labelX: a.x + (b.x - a.x) * at,
    labelY: a.y + (b.y - a.y) * at,
  };
}

/**
 * Where the line from box `s` to box `t` leaves `s` and reaches `t`, shifted sideways by
 * `offset` pixels; null when they are the same box (a line to itself is a loop).
 */
export function floatingEnds(
  s: Rect,
  t: Rect,
  offset = 0,
): [{ x: number; y: number }, { x: number; y: number }] | null {
  if (s.x === t.x && s.y === t.y && s.width === t.width && s.height === t.height) return null;
  const nested = nestedEnds(s, t);
  if (nested !== null) return nested;
  const cs = centre(s);
  const ct = centre(t);
  const dx = ct.x - cs.x;
  const dy = ct.y - cs.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = (-dy / length) * offset;
  const ny = (dx / length) * offset;
  return [
    exitPoint(s, { x: cs.x + nx, y: cs.y + ny }, dx, dy),
    exitPoint(t, { x: ct.x + nx, y: ct.y + ny }, -dx, -dy),
  ];
}

/**
 * The line from box `s` to box `t`, shifted sideways by `offset` pixels; a
 * shifted line (one of a two-way pair) has its label nearer its arrow, so
 * that the two labels do not cover each other.
 */
export function floatingLine(s: Rect, t: Rect, offset = 0): EdgeLine {
  const ends = floatingEnds(s, t, offset);
  if (ends === null) return loop(s);
  return straight(
    ends[0],
    ends[1],
    offset === 0 || rectContains(s, t) || rectContains(t, s) ? 0.5 : 0.68,
  );
}
