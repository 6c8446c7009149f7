/**
 * The top level packed with the group outside the cluster (`outsideGroup.ts`) at its best
 * shape. Its cards have no line among them and may fall in rows of any width: packed to a
 * namespace's shape (`loneCards.ts`) beside or below the boxes, a dozen IP blocks made a tall
 * block that left the namespaces small. Each row width that changes its rows is tried with the
 * top level packed around it (`packRows`), the group after the other nodes or beside them, and
 * the one whose whole picture is largest once fitted to the aim is kept.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Size } from '../layoutGeometry';
import { OUTSIDE_INSET, OUTSIDE_MIN } from '../outsideGroup';
import { OUTSIDE_COLLAPSED } from '../outsideCollapsed';
import { OUTSIDE_GROUP_ID } from '../../store';
import { ROW_GAP } from './loneCards';
import { TOP_GAP, packRows, repackTop, rowWidthsOf } from './packRows';
import type { Packed } from './packRows';

const FRAME: Size = {
  width: 2 * OUTSIDE_INSET.side,
  height: OUTSIDE_INSET.top + OUTSIDE_INSET.bottom,
};

/** The group's cards in rows no wider than `rowWidth`, and the group's size around them. */
function groupAt(cards: readonly Size[], rowWidth: number): { rows: Packed; size: Size } {
  // One width to choose: the rows are packed at it, whatever the aim.
  const rows = packRows(cards, Infinity, { gap: ROW_GAP, widths: [rowWidth] });
  return {
    rows,
    size: {
      width: Math.max(OUTSIDE_MIN.width, rows.width + FRAME.width),
      height: Math.max(OUTSIDE_MIN.height, rows.height + FRAME.height),
    },
  };
}

interface Placed extends Size {
  /** Places of the top level's other nodes, in their order, and of the group. */
  readonly places: readonly { x: number; y: number }[];
  readonly group: { x: number; y: number };
}

/** The top level's `others` in rows, the group in the flow after them, as the last box. */
function groupAfter(others: readonly Size[], group: Size, aim: number): Placed {
  const packed = packRows([...others, group], aim);
  const places = packed.places.slice(0, others.length);
  return { ...packed, places, group: packed.places[others.length] ?? { x: 0, y: 0 } };
}

/**
 * The top level's `others` in rows, the group beside them at the right, from the top: the rows
 * alongside it are as wide as it leaves (`packRows`' block beside, drawn at the right), and hold
 * most of the others; null when they hold fewer.
 */
function groupBeside(others: readonly Size[], group: Size, aim: number): Placed | null {
  const shift = group.width + TOP_GAP;
  const packed = packRows(others, aim, { gap: TOP_GAP, beside: { ...group, gap: TOP_GAP } });
  let alongside = -Infinity;
  let count = 0;
  const places = packed.places.map((p, i) => {
    if (p.y >= group.height || p.x < shift) return p;
    alongside = Math.max(alongside, p.x - shift + (others[i]?.width ?? 0));
    count++;
    return { x: p.x - shift, y: p.y };
  });
  // Beside the rows of a few nodes, most below it, the group would come first: a dump's wide
  // group of IP blocks beside "Anywhere", above its 70 namespaces.
  if (2 * count < others.length) return null;
  return {
    width: packed.width,
    height: packed.height,
    places,
    group: { x: alongside + TOP_GAP, y: 0 },
  };
}

function scaleOf(size: Size, aim: number): number {
  return Math.min(aim / size.width, 1 / size.height);
}

/**
 * `repackTop`, with the group outside the cluster, if any, in rows of its best width, after
 * the other nodes or beside them at the right, whichever draws the whole picture largest.
 * `collapsed`, the group is packed as its small box (`OUTSIDE_COLLAPSED`), its cards' rows
 * kept behind it until it opens (then packed again: `boxesOverlap`).
 */
export function repackTopAround(laidOut: ElkNode, aspectRatio: number, collapsed = false): ElkNode {
  const top = laidOut.children ?? [];
  const group = top.find((n) => n.id === OUTSIDE_GROUP_ID);
  if (group === undefined) return repackTop(laidOut, aspectRatio);
  const rest = top.filter((n) => n !== group);
  const cards = group.children ?? [];
  const sizes = cards.map((c) => ({ width: c.width ?? 0, height: c.height ?? 0 }));
  const others = rest.map((n) => ({ width: n.width ?? 0, height: n.height ?? 0 }));
  let best: { rows: Packed; size: Size; placed: Placed } | null = null;
  let bestScale = 0;
  for (const width of rowWidthsOf(sizes, { gap: ROW_GAP })) {
    const { rows, size } = groupAt(sizes, width);
    for (const placed of [
      groupAfter(others, size, aspectRatio),
      groupBeside(others, size, aspectRatio),
    ]) {
      if (placed === null) continue;
      const scale = scaleOf(placed, aspectRatio);
      if (scale > bestScale) {
        best = { rows, size, placed };
        bestScale = scale;
      }
    }
  }
  // Collapsed, its small box is packed; its rows, of the width it would open in, wait behind it.
  if (collapsed && best !== null) {
    const small = [
      groupAfter(others, OUTSIDE_COLLAPSED, aspectRatio),
      groupBeside(others, OUTSIDE_COLLAPSED, aspectRatio),
    ].filter((p) => p !== null);
    const placed = small.reduce((a, b) =>
      scaleOf(b, aspectRatio) > scaleOf(a, aspectRatio) ? b : a,
    );
    best = { rows: best.rows, size: OUTSIDE_COLLAPSED, placed };
  }
  if (best === null) return repackTop(laidOut, aspectRatio);
  const { rows, size, placed } = best;
  const children = cards.map((c, i) => {
    const place = rows.places[i] ?? { x: 0, y: 0 };
    return { ...c, x: OUTSIDE_INSET.side + place.x, y: OUTSIDE_INSET.top + place.y };
  });
  const boxes = rest.map((n, i) => ({ ...n, ...(placed.places[i] ?? { x: 0, y: 0 }) }));
  return { ...laidOut, children: [...boxes, { ...group, ...size, ...placed.group, children }] };
}
