/**
 * Lines that share a corridor, drawn apart: where the routes of different
 * pairs of nodes run along one stretch (a frontend's lines to a row of
 * services leave it through the same gap between cards, round the same
 * corner), each gets its own lane a few pixels beside the others, so that
 * no line is drawn on top of another and each keeps its own label.
 *
 * Finding the stretches is near-linear: the pieces of every route are put in
 * buckets by direction and by where their line passes (its distance from a
 * fixed point), and only pieces in one bucket or the next are compared. The
 * lanes of a stretch are ordered by where the lines go, and come from, so
 * that they cross each other no more than they must: a line that turns left
 * after the stretch takes a lane on the left.
 */
import type { Point } from './rectGeometry';

export interface CorridorRoute {
  readonly points: readonly Point[];
  /**
   * Half the width of the route's own band: 0 for one line; for the two
   * directions of a two-way pair, drawn either side of their shared route,
   * how far each is drawn off it.
   */
  readonly halfWidth: number;
}

/** Piece `piece` of route `route`: from its point `piece` to the next. */
export interface Piece {
  readonly route: number;
  readonly piece: number;
}

/**
 * Room between two lanes; the least, when many lines share a stretch; the
 * widest band their lanes take, when each lane keeps the least room or more.
 */
export const LANE_GAP = 8;
const MIN_GAP = 4;
const MAX_BAND = 48;
/** Directions closer than this (radians) and lines closer than `SIDE` pixels are one line. */
const ANGLE = 0.0005;
const SIDE = 1.5;
/** How long two pieces must run together to share a stretch. */
const OVERLAP = 12;
/** Bucket size across the pieces, in pixels. */
const SPAN = 8;
/** Where directions wrap round (not an axis: most pieces run along one). */
const CUT = 0.3;

interface Seg extends Piece {
  readonly a: Point;
  readonly b: Point;
  readonly theta: number;
  /** The unit vector of `theta`. */
  readonly u: Point;
  readonly ka: number;
  readonly kr: number;
}

const cross = (u: Point, v: Point) => u.x * v.y - u.y * v.x;
const dot = (u: Point, v: Point) => u.x * v.x + u.y * v.y;
const minus = (p: Point, q: Point): Point => ({ x: p.x - q.x, y: p.y - q.y });
const unitOf = (theta: number): Point => ({ x: Math.cos(theta), y: Math.sin(theta) });
const signOf = (x: number) => (Math.abs(x) < 1e-9 ? 0 : Math.sign(x));
const bucketKey = (ka: number, kr: number) => ka * 1_000_003 + kr;

function unit(v: Point): Point | null {
  const length = Math.hypot(v.x, v.y);
  return length < 1e-9 ? null : { x: v.x / length, y: v.y / length };
}

/** The pieces of every route, with their direction folded into [CUT, CUT + π) and their buckets. */
function segmentsOf(routes: readonly (readonly Point[])[]): Seg[] {
  let cx = 0;
  let cy = 0;
  let count = 0;
  for (const points of routes) {
    for (const p of points) {
      cx += p.x;
      cy += p.y;
      count++;
    }
  }
  const origin = { x: cx / Math.max(count, 1), y: cy / Math.max(count, 1) };
  const segs: Seg[] = [];
  routes.forEach((points, route) => {
    for (let piece = 0; piece + 1 < points.length; piece++) {
      const a = points[piece];
      const b = points[piece + 1];
      if (a === undefined || b === undefined || Math.hypot(b.x - a.x, b.y - a.y) < OVERLAP) {
        continue;
      }
      let theta = Math.atan2(b.y - a.y, b.x - a.x);
      while (theta < CUT) theta += Math.PI;
      while (theta >= CUT + Math.PI) theta -= Math.PI;
      const u = unitOf(theta);
      const rho = cross(u, minus(a, origin));
      segs.push({
        route,
        piece,
        a,
        b,
        theta,
        u,
        ka: Math.floor((theta - CUT) / ANGLE),
        kr: Math.floor(rho / SPAN),
      });
    }
  });
  return segs;
}

/** Whether two pieces lie on one line and run together for `OVERLAP` pixels or more. */
function runTogether(s: Seg, t: Seg): boolean {
  if (s.route === t.route || Math.abs(s.theta - t.theta) > ANGLE) return false;
  const { x: ux, y: uy } = s.u;
  // t's ends along s (from s.a) and across it.
  const ax = t.a.x - s.a.x;
  const ay = t.a.y - s.a.y;
  const bx = t.b.x - s.a.x;
  const by = t.b.y - s.a.y;
  const ta = ux * ax + uy * ay;
  const tb = ux * bx + uy * by;
  const sb = ux * (s.b.x - s.a.x) + uy * (s.b.y - s.a.y);
  const lo = Math.max(Math.min(0, sb), Math.min(ta, tb));
  const hi = Math.min(Math.max(0, sb), Math.max(ta, tb));
  if (hi - lo < OVERLAP) return false;
  const sa = ux * ay - uy * ax;
  const sideAt = (at: number) => sa + ((ux * by - uy * bx - sa) * (at - ta)) / (tb - ta);
  return Math.abs(sideAt(lo)) <= SIDE && Math.abs(sideAt(hi)) <= SIDE;
}

/**
 * The pieces of different routes that run along one stretch (on one line,
 * overlapping), in groups: pieces joined through others share a group.
 */
export function sharedStretches(routes: readonly (readonly Point[])[]): Piece[][] {
  const segs = segmentsOf(routes);
  const buckets = new Map<number, number[]>();
  segs.forEach((s, i) => {
    const key = bucketKey(s.ka, s.kr);
    const list = buckets.get(key);
    if (list === undefined) buckets.set(key, [i]);
    else list.push(i);
  });
  const parent = segs.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    for (let j = i; parent[j] !== r;) [parent[j], j] = [r, parent[j] ?? r];
    return r;
  };
  segs.forEach((s, i) => {
    for (let da = -1; da <= 1; da++) {
      for (let dr = -1; dr <= 1; dr++) {
        for (const j of buckets.get(bucketKey(s.ka + da, s.kr + dr)) ?? []) {
          const t = segs[j];
          // Pieces joined already (through others) need no comparing: the groups are the same.
          if (j <= i || t === undefined || root(i) === root(j) || !runTogether(s, t)) continue;
          parent[root(j)] = root(i);
        }
      }
    }
  });
  const groups = new Map<number, Piece[]>();
  segs.forEach((s, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group === undefined) groups.set(r, [{ route: s.route, piece: s.piece }]);
    else group.push({ route: s.route, piece: s.piece });
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * A line's points from a stretch on, read along it from point `from` one way (`by`: 1 or -1;
 * first the end of the piece on the stretch), and the direction of each step between them
 * (`steps[i]`: from point i - 1 to point i; null where two points are one), worked out when
 * first asked, once for all the comparisons of a stretch's lanes.
 */
interface Walk {
  readonly line: readonly Point[];
  readonly from: number;
  readonly by: 1 | -1;
  /** How many points it has. */
  readonly length: number;
  readonly steps: (Point | null)[];
}

function walkOf(line: readonly Point[], from: number, by: 1 | -1): Walk {
  const length = by === 1 ? line.length - from : from + 1;
  return { line, from, by, length, steps: [] };
}

/** Point `i` of a walk, or undefined past its end. */
function pointOf(walk: Walk, i: number): Point | undefined {
  return i < walk.length ? walk.line[walk.from + walk.by * i] : undefined;
}

/** The direction of step `i` of a walk (from point i - 1 to point `p`, its point i). */
function stepOf(walk: Walk, i: number, p: Point): Point | null {
  let step = walk.steps[i];
  if (step === undefined) {
    step = unit(minus(p, pointOf(walk, i - 1) ?? p));
    walk.steps[i] = step;
  }
  return step;
}

/**
 * How much further left than `b` line `a` goes once the two part, walking
 * from the stretch along `walk`: the side of the first points at which
 * they differ, seen from the way they came; 0 when they never part.
 */
function parting(a: Walk, b: Walk, walk: Point): number {
  let dir = walk;
  for (let i = 1; i < Math.max(a.length, b.length); i++) {
    const pa = pointOf(a, i);
    const pb = pointOf(b, i);
    const da = pa === undefined ? dir : (stepOf(a, i, pa) ?? dir);
    const db = pb === undefined ? dir : (stepOf(b, i, pb) ?? dir);
    if (pa !== undefined && pb !== undefined && Math.hypot(pa.x - pb.x, pa.y - pb.y) < SIDE) {
      dir = da;
      continue;
    }
    return cross(dir, da) - cross(dir, db);
  }
  return 0;
}

interface Member extends Piece {
  /** Whether the route runs along `u`, the stretch's direction. */
  readonly forward: boolean;
  readonly ahead: Walk;
  readonly behind: Walk;
  readonly halfWidth: number;
}

function memberOf(routes: readonly CorridorRoute[], p: Piece, u: Point): Member | null {
  const route = routes[p.route];
  const a = route?.points[p.piece];
  const b = route?.points[p.piece + 1];
  if (route === undefined || a === undefined || b === undefined) return null;
  const forward = dot(minus(b, a), u) > 0;
  const after = walkOf(route.points, p.piece + 1, 1);
  const before = walkOf(route.points, p.piece, -1);
  return {
    ...p,
    forward,
    ahead: forward ? after : before,
    behind: forward ? before : after,
    halfWidth: route.halfWidth,
  };
}

/** The lanes of a stretch's members, across it (positive: left of `u`), `gap` pixels apart. */
function lanesOf(members: readonly Member[], gap: number): number[] {
  const at: number[] = [];
  let next = 0;
  members.forEach((m, i) => {
    next += i === 0 ? 0 : gap + m.halfWidth + (members[i - 1]?.halfWidth ?? 0);
    at.push(next);
  });
  const first = members[0];
  const last = members[members.length - 1];
  const middle = (-(first?.halfWidth ?? 0) + next + (last?.halfWidth ?? 0)) / 2;
  return at.map((x) => x - middle);
}

/**
 * For each route, for each of its pieces, how far it is drawn to the left of
 * its direction of travel (`polylineOffset`) so that routes sharing a stretch
 * each have a lane: `LANE_GAP` pixels apart, closer when many share it, and
 * none at all when `clear(route, a, b)` says a lane's piece a→b would run
 * into something (a card) the route does not.
 */
export function corridorOffsets(
  routes: readonly CorridorRoute[],
  clear: (route: number, a: Point, b: Point) => boolean = () => true,
): number[][] {
  return corridorLanes(routes, clear).offsets;
}

/** The lanes of routes that share corridors: how far each piece is drawn aside, and how near. */
export interface CorridorLanes {
  /** For each route, for each of its pieces, its offset (`corridorOffsets`). */
  readonly offsets: number[][];
  /**
   * For each route, for each of its pieces drawn in a lane beside others, the room between its
   * lane and the next (the pointer's reach must not pass it there, or the neighbours hide a middle
   * lane); undefined for a piece that runs alone.
   */
  readonly rooms: (number | undefined)[][];
}

/** `corridorOffsets`, with the room each route has beside it. */
export function corridorLanes(
  routes: readonly CorridorRoute[],
  clear: (route: number, a: Point, b: Point) => boolean = () => true,
): CorridorLanes {
  const offsets = routes.map((r) => r.points.slice(1).map(() => 0));
  const rooms = routes.map((r) => r.points.slice(1).map((): number | undefined => undefined));
  for (const group of sharedStretches(routes.map((r) => r.points))) {
    const first = group[0];
    const a = first === undefined ? undefined : routes[first.route]?.points[first.piece];
    const b = first === undefined ? undefined : routes[first.route]?.points[first.piece + 1];
    const u = a === undefined || b === undefined ? null : unit(minus(b, a));
    if (u === null) continue;
    const n = { x: -u.y, y: u.x };
    const members = group.flatMap((p) => memberOf(routes, p, u) ?? []);
    const back = { x: -u.x, y: -u.y };
    members.sort(
      (p, q) =>
        signOf(parting(p.ahead, q.ahead, u)) ||
        -signOf(parting(p.behind, q.behind, back)) ||
        p.route - q.route,
    );
    const lanesClear = (lanes: readonly number[]) =>
      members.every((m, i) => {
        const piece = routes[m.route]?.points.slice(m.piece, m.piece + 2) ?? [];
        const sides = m.halfWidth === 0 ? [0] : [-m.halfWidth, m.halfWidth];
        return sides.every((side) => {
          const by = (lanes[i] ?? 0) + side;
          const [p, q] = piece.map((pt) => ({ x: pt.x + n.x * by, y: pt.y + n.y * by }));
          return p === undefined || q === undefined || clear(m.route, p, q);
        });
      });
    const widths = members.reduce((sum, m) => sum + 2 * m.halfWidth, 0);
    const gap = Math.min(LANE_GAP, Math.max(MIN_GAP, (MAX_BAND - widths) / (members.length - 1)));
    const room = [gap, gap / 2]
      .filter((g) => g >= MIN_GAP / 2)
      .find((g) => lanesClear(lanesOf(members, g)));
    if (room === undefined) continue;
    const lanes = lanesOf(members, room);
    members.forEach((m, i) => {
      const row = offsets[m.route];
      if (row !== undefined) row[m.piece] = (lanes[i] ?? 0) * (m.forward ? 1 : -1);
      const roomRow = rooms[m.route];
      if (roomRow !== undefined) roomRow[m.piece] = room;
    });
  }
  return { offsets, rooms };
}
