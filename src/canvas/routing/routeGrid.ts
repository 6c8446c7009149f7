/**
 * What the lines are routed around, and which of it each line may cross: the
 * cards (workloads, endpoints, collapsed boxes) but its own ends; the headers
 * of the open namespace boxes but that of a box it ends at; and the open boxes
 * themselves but those it ends at or in. A line between two nodes outside an
 * open box goes around the box, not through the middle of its cards.
 */
import type { Rect } from '../edges/edgeGeometry';
import { exitPoint, rectContains } from '../edges/edgeGeometry';
import { obstacleGridOf } from './obstacleGrid';
import type { ObstacleGrid } from './obstacleGrid';
import { PAD, routeAround, segmentIsClear } from './polylineRoute';
import type { RoutedLine } from './polylineRoute';
import type { Point } from './rectGeometry';
import { polylineLength, rectCentre, rectHasPoint } from './rectGeometry';

export interface RouteNode {
  readonly id: string;
  /** In flow coordinates (absolute). */
  readonly rect: Rect;
  /** A card lines go around (a workload, an endpoint); not a namespace box. */
  readonly card: boolean;
  /**
   * An open namespace box's header (its name and labels), in flow coordinates:
   * lines go around it and labels stay off it, as they do with cards, so that
   * the box can be grabbed by its name; only a line that ends at the box
   * itself may touch it.
   */
  readonly header?: Rect;
  /** How far down from its top a card holds its name (`nameBandOf`), in px; absent: a guess. */
  readonly nameBand?: number;
}

export interface RouteGrid {
  /** The cards, then the open boxes' headers: what labels keep off. */
  readonly grid: ObstacleGrid;
  /** The same, then the open boxes (a node that is not a card): what lines go around. */
  readonly lines: ObstacleGrid;
  /** A card's index in the grids, by node id. */
  readonly cards: ReadonlyMap<string, number>;
  /** A header's index in the grids, by its namespace's node id. */
  readonly headers: ReadonlyMap<string, number>;
  /** The open boxes, each with its index in `lines`. */
  readonly boxes: readonly { readonly node: RouteNode; readonly index: number }[];
}

export function routeGridOf(nodes: readonly RouteNode[]): RouteGrid {
  const cards = nodes.filter((n) => n.card);
  const headed = nodes.filter((n) => n.header !== undefined);
  const open = nodes.filter((n) => !n.card);
  const labelled = [
    ...cards.map((n) => n.rect),
    ...headed.flatMap((n) => (n.header === undefined ? [] : [n.header])),
  ];
  return {
    grid: obstacleGridOf(labelled),
    lines: obstacleGridOf([...labelled, ...open.map((n) => n.rect)]),
    cards: new Map(cards.map((n, i) => [n.id, i])),
    headers: new Map(headed.map((n, i) => [n.id, cards.length + i])),
    boxes: open.map((node, i) => ({ node, index: labelled.length + i })),
  };
}

/** Whether a line that ends at `end` may run inside the open box `box`: it ends at it or in it. */
function endsIn(box: RouteNode, end: RouteNode): boolean {
  return box.id === end.id || rectHasPoint(box.rect, rectCentre(end.rect));
}

/** What the line between `s` and `t` may cross: its own ends' cards, headers and boxes. */
export function endsOf(routing: RouteGrid, s: RouteNode, t: RouteNode): Set<number> {
  const skip = new Set<number>();
  for (const [node, other] of [
    [s, t],
    [t, s],
  ] as const) {
    const card = routing.cards.get(node.id);
    if (card !== undefined) skip.add(card);
    // A line that ends on a box's top border starts on its header.
    const header = rectContains(node.rect, other.rect) ? undefined : routing.headers.get(node.id);
    if (header !== undefined) skip.add(header);
  }
  for (const { node, index } of routing.boxes) {
    if (endsIn(node, s) || endsIn(node, t)) skip.add(index);
  }
  return skip;
}

/**
 * Where a line to a card inside namespace box `r` meets the box: on the
 * nearest of its sides and bottom, facing the card; the top is where the
 * box's name is.
 */
function nestedEnd(r: Rect, inner: Point): Point {
  const left = inner.x - r.x;
  const right = r.x + r.width - inner.x;
  const bottom = r.y + r.height - inner.y;
  const nearest = Math.min(left, right, bottom);
  if (nearest === bottom) return { x: inner.x, y: r.y + r.height };
  return { x: nearest === left ? r.x : r.x + r.width, y: inner.y };
}

/**
 * The routed line between two nodes, from end to end: a card's end at its
 * centre; a namespace box's end on its border, facing the other end (on a
 * side or the bottom of the box when the other end sits inside it), so that
 * the line never runs across the box's cards or its header. `band`: how far to
 * each side of it lines are drawn (a two-way pair's), kept off the cards too.
 */
export function centreLine(routing: RouteGrid, s: RouteNode, t: RouteNode, band = 0): RoutedLine {
  const sOuter = rectContains(s.rect, t.rect);
  const tOuter = rectContains(t.rect, s.rect);
  let a = rectCentre(s.rect);
  let b = rectCentre(t.rect);
  if (!s.card) a = sOuter ? nestedEnd(s.rect, b) : exitPoint(s.rect, a, b.x - a.x, b.y - a.y);
  if (!t.card) b = tOuter ? nestedEnd(t.rect, a) : exitPoint(t.rect, b, a.x - b.x, a.y - b.y);
  return routeAround(routing.lines, endsOf(routing, s, t), a, b, band);
}

/**
 * Narrower bands a two-way pair's lines are drawn with when their own does not fit between the
 * cards (their gaps may be 20 pixels), each side of the route.
 */
const NARROWER = [10, 4];
/**
 * The band of a pair on a single line's route with no room for a wider one: its lines 2 pixels
 * or more off the cards (the route keeps `PAD`), 4 apart, still two lines with an arrowhead each.
 */
const TIGHTEST = PAD / 2;
/** How much shorter a narrower band's route must be to be taken over a wider one's. */
const SHORTER = 0.8;
/** A route up to this much longer than the distance between its ends is not worth bettering. */
const DIRECT = 1.25;

/** A shared route and how far to each side of it its lines are drawn. */
export interface BandLine {
  readonly points: readonly Point[];
  readonly band: number;
}

/** The widest of `NARROWER` that every piece of `points` keeps off the cards, or `TIGHTEST`. */
function widestFitting(
  routing: RouteGrid,
  skip: ReadonlySet<number>,
  points: readonly Point[],
): number {
  const fits = (band: number) =>
    points.every((p, i) => {
      const q = points[i + 1];
      return q === undefined || segmentIsClear(routing.lines, skip, p, q, band);
    });
  return NARROWER.find(fits) ?? TIGHTEST;
}

/**
 * The route of the lines between `s` and `t`, drawn `band` pixels to each side of it (a two-way
 * pair; 0 for one line): as wide as it fits clear of the cards (its own, or the first of
 * `NARROWER`); when that fails or goes a long way round, a single line's route, which threads the
 * gaps between cards, drawn with the widest band its pieces leave room for, where it is much
 * shorter.
 */
export function bandLine(routing: RouteGrid, s: RouteNode, t: RouteNode, band: number): BandLine {
  const own = centreLine(routing, s, t, band);
  if (band === 0 || (own.clear && own.points.length === 2)) return { points: own.points, band };
  let best: BandLine | null = own.clear ? { points: own.points, band } : null;
  const wider = NARROWER[0] ?? 0;
  if (wider < band) {
    const line = centreLine(routing, s, t, wider);
    const shorter = (b: BandLine) =>
      polylineLength(line.points) < SHORTER * polylineLength(b.points);
    if (line.clear && (best === null || shorter(best))) best = { points: line.points, band: wider };
  }
  const ends = polylineLength([rectCentre(s.rect), rectCentre(t.rect)]);
  if (best !== null && polylineLength(best.points) <= DIRECT * ends) return best;
  const single = centreLine(routing, s, t);
  if (!single.clear) return best ?? { points: own.points, band };
  if (best !== null && polylineLength(single.points) >= SHORTER * polylineLength(best.points)) {
    return best;
  }
  return {
    points: single.points,
    band: widestFitting(routing, endsOf(routing, s, t), single.points),
  };
}
