/**
 * Where the walked packet is: it leaves the source on the side facing the
 * destination (the egress check), crosses to the destination's facing side
 * (the ingress check), and a reply comes back the same way; along the line
 * drawn between them when there is one (its route goes around the cards in
 * between). Pure geometry on node boxes in flow coordinates.
 */
import type { Rect } from '../edges/edgeGeometry';
import { polylinePoint } from '../routing/rectGeometry';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A leg of the walk: the packet moves from `from` to `to`, through the bends `via` if any. */
export interface WalkLeg {
  readonly from: Point;
  readonly to: Point;
  readonly via?: readonly Point[];
}

/** Every point of a leg, from its start to its end. */
export function legPoints(leg: WalkLeg): Point[] {
  return [leg.from, ...(leg.via ?? []), leg.to];
}

export function rectCentre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** Where the line from the centre of `r` towards `target` crosses the border of `r`. */
export function borderPoint(r: Rect, target: Point): Point {
  const c = rectCentre(r);
  const dx = target.x - c.x;
  const dy = target.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const tx = dx === 0 ? Infinity : r.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : r.height / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/**
 * The leg that brings the packet to a stop: to the source's border for the
 * egress check, across for the ingress check, back across for the reply.
 * `line`: the points of the line drawn from source to target (its route, from
 * the source's border to the target's), followed across when given.
 */
export function walkLegOf(
  kind: 'egress' | 'ingress' | 'reply',
  source: Rect,
  target: Rect,
  line: readonly Point[] = [],
): WalkLeg {
  const first = line[0];
  const last = line[line.length - 1];
  const routed = first !== undefined && last !== undefined && line.length > 1;
  const out = routed ? first : borderPoint(source, rectCentre(target));
  const into = routed ? last : borderPoint(target, rectCentre(source));
  const via = routed && line.length > 2 ? { via: line.slice(1, -1) } : {};
  switch (kind) {
    case 'egress':
      return { from: rectCentre(source), to: out };
    case 'ingress':
      return { from: out, to: into, ...via };
    case 'reply':
      return {
        from: into,
        to: out,
        ...(via.via === undefined ? {} : { via: [...via.via].reverse() }),
      };
  }
}

/** A point `t` (0..1) of the way along a leg, eased in and out. */
export function legPoint(leg: WalkLeg, t: number): Point {
  const clamped = Math.min(1, Math.max(0, t));
  const eased = clamped < 0.5 ? 2 * clamped * clamped : 1 - (-2 * clamped + 2) ** 2 / 2;
  if (leg.via !== undefined) return polylinePoint(legPoints(leg), eased);
  return {
    x: leg.from.x + (leg.to.x - leg.from.x) * eased,
    y: leg.from.y + (leg.to.y - leg.from.y) * eased,
  };
}
