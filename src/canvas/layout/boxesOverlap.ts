/**
 * Whether an expanded namespace needs room: the top-level boxes, where they
 * stand, with the sizes the layout gave them (an expanded box is larger than
 * its collapsed one), overlap, the group outside the cluster where its cards
 * stand among them. Then, and only then, `room` packs them again;
 * a layout made by hand is otherwise kept.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Positions } from '../../store';
import { outsideFrameOf } from '../outsideGroup';
import { outsideCollapsedAt } from '../outsideCollapsed';
import { OUTSIDE_GROUP_ID } from '../../store';

/** Boxes closer than this are as good as touching. */
const GAP = 8;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function apart(a: Box, b: Box): boolean {
  return (
    a.x + a.width + GAP <= b.x ||
    b.x + b.width + GAP <= a.x ||
    a.y + a.height + GAP <= b.y ||
    b.y + b.height + GAP <= a.y
  );
}

/**
 * The group outside the cluster where its cards stand: it has no place of its own. Collapsed,
 * its small box where it is drawn (`outsideCollapsedAt`), the cards hidden behind.
 */
function outsideFrameAt(group: ElkNode, positions: Positions, collapsed: boolean): Box | null {
  const cards: Box[] = [];
  for (const card of group.children ?? []) {
    const at = positions[card.id];
    if (at !== undefined) cards.push({ ...at, width: card.width ?? 0, height: card.height ?? 0 });
  }
  return collapsed ? outsideCollapsedAt(cards) : outsideFrameOf(cards, []);
}

export function boxesOverlap(
  laidOut: ElkNode,
  positions: Positions,
  outsideCollapsed = false,
): boolean {
  const boxes: Box[] = [];
  for (const node of laidOut.children ?? []) {
    if (node.id === OUTSIDE_GROUP_ID) {
      const frame = outsideFrameAt(node, positions, outsideCollapsed);
      if (frame !== null) boxes.push(frame);
      continue;
    }
    const at = positions[node.id];
    if (at === undefined) continue;
    boxes.push({ ...at, width: node.width ?? 0, height: node.height ?? 0 });
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a !== undefined && b !== undefined && !apart(a, b)) return true;
    }
  }
  return false;
}
