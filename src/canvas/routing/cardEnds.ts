/**
 * Where lines end on a card that many lines reach: each at its own spot along
 * the side it arrives at, so that each arrowhead reads alone. Routed to the
 * card's centre and cut at its border, the lines that come round one corner
 * (the lanes of an egress to "Anywhere") end within a few pixels of each
 * other, their arrowheads one dark smudge.
 *
 * The ends keep the order they had along the side: lines aimed at one centre
 * do not cross before it, so that order is the order in which they come (the
 * outer lane of a bend takes the farther spot). Each then arrives square to
 * the side, through a short last piece, where the line has the room for it.
 */
import type { Rect } from '../edges/edgeGeometry';
import type { Point } from './rectGeometry';

/** Room between two ends on a side (a rule's line has an arrowhead about 13 pixels wide). */
export const END_GAP = 20;
/** Room kept between two arrowheads wider than a rule line's. */
const ARROW_ROOM = 8;
/** Room kept between an end and the side's corners. */
const CORNER = 10;
/** The longest last piece square to the side, and the least worth drawing. */
const SQUARE = 18;
const SQUARE_MIN = 6;

/** A line that ends on a card: its points (the last on the card's border). */
export interface CardEnd {
  readonly points: readonly Point[];
  /** How wide its arrowhead is drawn, when wider than a rule line's (a summary's). */
  readonly arrow?: number;
}

type Side = 'top' | 'right' | 'bottom' | 'left';

/** The side `p` lies on (the nearest), and where along it `p` is. */
function sideOf(r: Rect, p: Point): { side: Side; along: number } {
  const away: [Side, number][] = [
    ['top', Math.abs(p.y - r.y)],
    ['right', Math.abs(p.x - (r.x + r.width))],
    ['bottom', Math.abs(p.y - (r.y + r.height))],
    ['left', Math.abs(p.x - r.x)],
  ];
  away.sort((a, b) => a[1] - b[1]);
  const side = away[0]?.[0] ?? 'top';
  return { side, along: side === 'top' || side === 'bottom' ? p.x : p.y };
}

const NORMAL: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
};

/** The point at `along` on side `side` of `r`. */
function pointOn(r: Rect, side: Side, along: number): Point {
  if (side === 'top') return { x: along, y: r.y };
  if (side === 'bottom') return { x: along, y: r.y + r.height };
  return { x: side === 'left' ? r.x : r.x + r.width, y: along };
}

/** How far `p` lies out of `r` past side `side` (negative: on the card's side of it). */
function outside(r: Rect, side: Side, p: Point): number {
  const n = NORMAL[side];
  const on = pointOn(r, side, side === 'top' || side === 'bottom' ? p.x : p.y);
  return (p.x - on.x) * n.x + (p.y - on.y) * n.y;
}

/**
 * Spots for `count` ends along a side from `lo` to `hi`, `gap` apart (closer when the side is
 * short), centred on `centre` as far as the side allows.
 */
function spotsOf(count: number, lo: number, hi: number, gap: number, centre: number): number[] {
  const from = lo + Math.min(CORNER, (hi - lo) / 4);
  const to = hi - Math.min(CORNER, (hi - lo) / 4);
  const step = count < 2 ? 0 : Math.min(gap, (to - from) / (count - 1));
  const span = step * (count - 1);
  const first = Math.min(Math.max(centre - span / 2, from), to - span);
  return Array.from({ length: count }, (_, i) => first + i * step);
}

/**
 * The last pieces of line `line` (through `points`) to a new end at `along` on side `side`:
 * square to the side where the line has room, else straight; null when the line would cross
 * the card or `clear` refuses a piece (unless it refused the line's last piece already).
 */
function endAt(
  r: Rect,
  side: Side,
  along: number,
  points: readonly Point[],
  clear: (a: Point, b: Point) => boolean,
): Point[] | null {
  const prev = points[points.length - 2];
  if (prev === undefined) return null;
  const end = pointOn(r, side, along);
  const room = outside(r, side, prev);
  // From the card's side of the side's line, a new end would take the line across the card.
  if (room <= 0) return null;
  const square = Math.min(SQUARE, room * 0.6);
  const n = NORMAL[side];
  const turn = { x: end.x + n.x * square, y: end.y + n.y * square };
  const tails = square < SQUARE_MIN ? [[end]] : [[turn, end], [end]];
  // A last piece that already crossed a card (the router ran out of detours) may go on doing so.
  const was = points[points.length - 1];
  const free = was === undefined || clear(prev, was);
  const tail = tails.find(
    (t) => !free || [prev, ...t].every((p, k, all) => k === 0 || clear(all[k - 1] ?? p, p)),
  );
  return tail === undefined ? null : [...points.slice(0, -1), ...tail];
}

interface SideEnd {
  readonly line: number;
  /** Where along the side it ends now. */
  readonly along: number;
  /** Where along the side the point before its end lies. */
  readonly before: number;
  /** How wide its arrowhead is (0: a rule line's). */
  readonly arrow: number;
}

/**
 * The lines `ends` that end on card `r`, each ending at its own spot: where two or more ends on
 * one side lie closer than `END_GAP` (or than the widest arrowhead there and some room), that
 * side's ends are spread along it in their order, each
 * arriving square to the side when its line has room. The spots are centred where the ends
 * were, else as near the side's one corner or the other as they go, else closer together:
 * the first set whose new last pieces `clear` allows for every line (none crosses another
 * card); with none, the side's lines keep their ends. Returns the new points of each line, in
 * the order of `ends` (the same array for a line that keeps its end).
 */
export function spreadCardEnds(
  r: Rect,
  ends: readonly CardEnd[],
  clear: (line: number, a: Point, b: Point) => boolean,
): (readonly Point[])[] {
  const out: (readonly Point[])[] = ends.map((e) => e.points);
  const bySide = new Map<Side, SideEnd[]>();
  ends.forEach((e, line) => {
    const end = e.points[e.points.length - 1];
    const prev = e.points[e.points.length - 2];
    if (end === undefined || prev === undefined) return;
    const { side, along } = sideOf(r, end);
    const before = side === 'top' || side === 'bottom' ? prev.x : prev.y;
    const list = bySide.get(side) ?? [];
    list.push({ line, along, before, arrow: e.arrow ?? 0 });
    bySide.set(side, list);
  });
  for (const [side, list] of bySide) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.along - b.along || a.before - b.before);
    const gap = Math.max(END_GAP, ...list.map((e) => e.arrow + ARROW_ROOM));
    const crowded = list.some((e, i) => i > 0 && e.along - (list[i - 1]?.along ?? 0) < gap);
    if (!crowded) continue;
    const [lo, hi] =
      side === 'top' || side === 'bottom' ? [r.x, r.x + r.width] : [r.y, r.y + r.height];
    const mean = list.reduce((sum, e) => sum + e.along, 0) / list.length;
    const tries = [gap, (gap * 3) / 4].flatMap((apart) =>
      [mean, -Infinity, Infinity].map((centre) => spotsOf(list.length, lo, hi, apart, centre)),
    );
    for (const spots of tries) {
      const moved: Point[][] = [];
      for (const [i, { line }] of list.entries()) {
        const at = spots[i] ?? NaN;
        const points = endAt(r, side, at, ends[line]?.points ?? [], (a, b) => clear(line, a, b));
        if (points === null) break;
        moved.push(points);
      }
      if (moved.length < list.length) continue;
      list.forEach(({ line }, i) => {
        out[line] = moved[i] ?? out[line] ?? [];
      });
      break;
    }
  }
  return out;
}
