/**
 * A label on a short leader: for a line with no spot on it, beside it or beside its ends (a long
 * line through a bundle of lines saying other ports: Online Boutique's checkoutservice →
 * emailservice, "TCP 8080", among the lines to Anywhere), the label stands off the line, farther
 * than beside it, in a free spot, and a thin leader joins it to its line. The spot keeps off
 * every card and label as any label does, no other line saying something else runs through it,
 * and none running alongside its own comes nearer it than its own line (by `BESIDE_CLEAR`): the
 * label is read as its line's, the leader shows which point of it.
 */
import type { Rect } from '../edges/edgeGeometry';
import type { LabelRoom, LabelSize } from './labelPlace';
import { ALONG, BESIDE_CLEAR, labelBoxFree, labelKeep, onCardOrLabel } from './labelPlace';
import type { Point } from './rectGeometry';
import { polylineAt, polylineLength, rectAround, rectGrow } from './rectGeometry';

/**
 * Leaders are tried only where this many lines or fewer are left without a label: a design of a
 * few dozen lines (Boutique: 5 of 26). On a large design most lines have none (11,766 of 12,471
 * on the expanded 1,000-workload design), and trying each (5 gaps, 2 sides, 23 points) would
 * multiply the router's work, for labels that would crowd it.
 */
export const LEADERS_AT_MOST = 40;

/** How far off its line a label on a leader is tried, in its own heights: nearest first. */
const LEADER_GAPS = [0.5, 1, 1.5, 2, 2.5, 3, 4, 5];

/** A label's centre and the point of its line its leader starts from. */
export interface LeaderSpot {
  readonly label: Point;
  readonly leader: Point;
}

/** The box a leader from `foot` to the box `box` takes: the point of the box nearest the foot. */
function leaderBox(foot: Point, box: Rect): Rect {
  const x = Math.min(Math.max(foot.x, box.x), box.x + box.width);
  const y = Math.min(Math.max(foot.y, box.y), box.y + box.height);
  return {
    x: Math.min(x, foot.x),
    y: Math.min(y, foot.y),
    width: Math.abs(x - foot.x),
    height: Math.abs(y - foot.y),
  };
}

/**
 * The spot of a label on a leader off the line through `points`, and where its leader starts, or
 * null when none is free: along the line from its middle outwards, on either side, nearest the
 * line first. The chosen box joins the board.
 */
export function labelOnLeader(
  points: readonly Point[],
  size: LabelSize,
  room: LabelRoom,
): LeaderSpot | null {
  const { alongside } = room;
  if (alongside === undefined) return null;
  const length = polylineLength(points);
  for (const at of ALONG) {
    const { point: foot, heading } = polylineAt(points, at, length);
    const n = { x: -heading.y, y: heading.x };
    const half = (Math.abs(n.x) * size.width + Math.abs(n.y) * size.height) / 2;
    for (const gap of LEADER_GAPS) {
      for (const side of [1, -1]) {
        const by = (half + gap * size.height) * side;
        const label = { x: foot.x + n.x * by, y: foot.y + n.y * by };
        const box = rectAround(label, size.width, size.height);
        if (!labelBoxFree(box, room)) continue;
        // No line saying something else through it, none alongside nearer it than its own.
        if (alongside(box, null)) continue;
        if (alongside(rectGrow(box, gap * size.height + BESIDE_CLEAR), heading)) continue;
        if (onCardOrLabel(leaderBox(foot, box), room)) continue;
        labelKeep(room.board, label, size);
        return { label, leader: foot };
      }
    }
  }
  return null;
}
