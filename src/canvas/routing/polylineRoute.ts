/**
 * A cheap router: the straight line between two points, bent around the
 * first card in its way through one or two corners of that card (the
 * shortest detour that clears it), then the same for each new piece, within
 * a budget; last, bends that are no longer needed are pulled straight.
 * Lines keep `PAD` pixels off cards; bends sit `CLEAR` pixels off corners
 * (less where cards stand close together). A route that carries a band (the
 * two lines of a two-way pair, each drawn `band` pixels to a side of it) keeps
 * `PAD + band` off cards, its bends `band` farther off corners.
 */
import type { Rect } from '../edges/edgeGeometry';
import { rectContains } from '../edges/edgeGeometry';
import type { ObstacleGrid } from './obstacleGrid';
import { eachAlong, someNear } from './obstacleGrid';
import type { Point } from './rectGeometry';
import {
  polylineCrosses,
  polylineLength,
  rectGrow,
  rectHasPoint,
  segmentEntersRect,
} from './rectGeometry';

export const PAD = 4;
/** How far bends sit off a card's corner: the first that is free of other cards (gaps may be narrow). */
const CLEAR = [16, 10];

/**
 * `CLEAR` for a route carrying a band `band` pixels to each side: `band` farther off, then as
 * near as a single line's where that is outside the padded card (a gap of 20 pixels holds a
 * narrow band in its middle).
 */
function clearOf(band: number): number[] {
  const pad = PAD + band;
  const list = band === 0 ? CLEAR : [...CLEAR.map((c) => c + band), ...CLEAR];
  return list.filter((c, i) => c > pad && list.indexOf(c) === i);
}
/** Detours tried per line; beyond it the line stays as it is. */
const BUDGET = 24;

interface Router {
  readonly grid: ObstacleGrid;
  /** How far the route keeps off cards: `PAD`, and the band it carries. */
  readonly pad: number;
  /** How far its bends sit off a card's corner (`clearOf`). */
  readonly clear: readonly number[];
  /** The cards grown by `pad`, by index. */
  readonly padded: readonly Rect[];
  /** Cards a line may cross: its own ends (it starts inside them). */
  readonly skip: ReadonlySet<number>;
  /** The ways around each card met so far (`waysAround`), by index. */
  readonly ways: (readonly (readonly Point[])[] | undefined)[];
  budget: number;
}

/**
 * The index of the first card the segment a→b runs into, or null when none is in the way;
 * with `any`, some card it runs into (whether the segment is clear is all that is asked).
 */
function firstHit(router: Router, a: Point, b: Point, any = false): number | null {
  let best: number | null = null;
  let bestT = Infinity;
  eachAlong(router.grid, a, b, router.pad, (i, reach) => {
    // Cards met from here on are entered farther along than the one found.
    if (bestT < reach) return false;
    if (router.skip.has(i)) return true;
    const r = router.padded[i];
    if (r === undefined) return true;
    const t = segmentEntersRect(a, b, r);
    if (t !== null && t < bestT) {
      bestT = t;
      best = i;
      return !any;
    }
    return true;
  });
  return best;
}

/**
 * Whether `p`, a bend round card `card`, keeps off the other cards; a box around the card (an
 * open namespace's) does not count: a line that meets the card is one that may run inside it.
 */
function isFree(router: Router, p: Point, card: Rect): boolean {
  const box = { x: p.x, y: p.y, width: 0, height: 0 };
  return !someNear(router.grid, box, (i) => {
    const r = router.padded[i];
    const around = router.grid.rects[i];
    if (r === undefined || around === undefined || !rectHasPoint(r, p)) return false;
    return around === card || !rectContains(around, card);
  });
}

const SIDES = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
] as const;

/**
 * The ways around card `card` through one of its corners or two neighbouring ones, each corner
 * the first of `clear` off it that is free of other cards: they depend on the cards (and the
 * band) alone, so each card's are worked out once a routing, for every line that meets it.
 */
function waysAround(router: Router, card: number): readonly (readonly Point[])[] {
  const known = router.ways[card];
  if (known !== undefined) return known;
  const r = router.grid.rects[card];
  if (r === undefined) return [];
  const corners: Point[] = [];
  for (const [sx, sy] of SIDES) {
    for (const clear of router.clear) {
      const c = {
        x: sx === 0 ? r.x - clear : r.x + r.width + clear,
        y: sy === 0 ? r.y - clear : r.y + r.height + clear,
      };
      if (isFree(router, c, r)) {
        corners.push(c);
        break;
      }
    }
  }
  const ways: Point[][] = corners.map((c) => [c]);
  for (const c of corners) {
    for (const d of corners) {
      if (c !== d && (Math.abs(c.x - d.x) < 8 || Math.abs(c.y - d.y) < 8)) ways.push([c, d]);
    }
  }
  router.ways[card] = ways;
  return ways;
}

/** Ways around card `card` from a to b (`waysAround`) that do not cross it, shortest first. */
function detours(router: Router, a: Point, b: Point, card: number): (readonly Point[])[] {
  const padded = router.padded[card];
  if (padded === undefined) return [];
  return waysAround(router, card)
    .filter((w) => !polylineCrosses([a, ...w, b], padded))
    .map((w) => ({ w, length: polylineLength([a, ...w, b]) }))
    .sort((p, q) => p.length - q.length)
    .map(({ w }) => w);
}

interface Leg {
  readonly points: Point[];
  /** Clear of every card it may not cross. */
  readonly clear: boolean;
}

function route(router: Router, a: Point, b: Point, tries: number): Leg {
  const hit = firstHit(router, a, b);
  if (hit === null) return { points: [a, b], clear: true };
  if (router.grid.rects[hit] === undefined || router.budget <= 0) {
    return { points: [a, b], clear: false };
  }
  router.budget--;
  let fallback: Point[] | null = null;
  for (const way of detours(router, a, b, hit).slice(0, tries)) {
    const stops = [a, ...way, b];
    const full: Point[] = [a];
    let clear = true;
    for (let i = 1; i < stops.length; i++) {
      const p = stops[i - 1];
      const q = stops[i];
      if (p === undefined || q === undefined) continue;
      const leg = route(router, p, q, 1);
      full.push(...leg.points.slice(1));
      clear &&= leg.clear;
    }
    if (clear) return { points: full, clear };
    fallback ??= full;
  }
  return { points: fallback ?? [a, b], clear: false };
}

/** Drops bends whose neighbours see each other, walking forward. */
function straighten(router: Router, points: readonly Point[]): Point[] {
  const first = points[0];
  if (first === undefined) return [];
  const out: Point[] = [first];
  let from = first;
  for (let i = 1; i < points.length; i++) {
    const here = points[i];
    const next = points[i + 1];
    if (here === undefined) continue;
    if (next !== undefined && firstHit(router, from, next) === null) continue;
    out.push(here);
    from = here;
  }
  return out;
}

/**
 * What every line of one band routed among the cards of one grid shares: how far it keeps off
 * them, the padded cards, the ways round them.
 */
interface Shared {
  readonly pad: number;
  readonly clear: readonly number[];
  readonly padded: readonly Rect[];
  readonly ways: (readonly (readonly Point[])[] | undefined)[];
}

const sharedCache = new WeakMap<ObstacleGrid, Map<number, Shared>>();

function sharedOf(grid: ObstacleGrid, band: number): Shared {
  let bands = sharedCache.get(grid);
  if (bands === undefined) {
    bands = new Map();
    sharedCache.set(grid, bands);
  }
  let shared = bands.get(band);
  if (shared === undefined) {
    const pad = PAD + band;
    shared = {
      pad,
      clear: clearOf(band),
      padded: grid.rects.map((r) => rectGrow(r, pad)),
      ways: [],
    };
    bands.set(band, shared);
  }
  return shared;
}

/**
 * Whether the segment a→b keeps `PAD` pixels (and `band` more) off the cards of `grid`, except
 * those in `skip`.
 */
export function segmentIsClear(
  grid: ObstacleGrid,
  skip: ReadonlySet<number>,
  a: Point,
  b: Point,
  band = 0,
): boolean {
  return firstHit({ grid, ...sharedOf(grid, band), skip, budget: 0 }, a, b, true) === null;
}

/** A routed line, and whether it keeps clear of every card it may not cross. */
export interface RoutedLine {
  readonly points: Point[];
  readonly clear: boolean;
}

/**
 * A line from `a` to `b` that goes around the cards of `grid`, except those
 * listed in `skip` (the cards it starts and ends in), keeping `band` pixels
 * more off them (`PAD + band`) than a single line does.
 */
export function routeAround(
  grid: ObstacleGrid,
  skip: ReadonlySet<number>,
  a: Point,
  b: Point,
  band = 0,
): RoutedLine {
  const router: Router = { grid, ...sharedOf(grid, band), skip, budget: BUDGET };
  const { points, clear } = route(router, a, b, 3);
  return { points: straighten(router, points), clear };
}
