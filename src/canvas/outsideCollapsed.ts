/**
 * The group outside the cluster collapsed, as a large design opens it with its namespaces (a
 * dump's 36 IP blocks are one box, as a namespace's 40 workloads are): one small box where its
 * frame stood, naming and counting what it holds, with Expand. Its cards are not drawn, and
 * their lines are drawn to the box, summarised (`collapseLines.ts`).
 */
import type { Box } from './canvasGeometry';
import { COLLAPSED_Z } from './collapse/collapseNodes';
import { NAMESPACE_COLLAPSED, namespaceFit } from './layoutGeometry';
import { OUTSIDE_INSET, outsideNodeOf } from './outsideGroup';
import type { CanvasNode } from './reactFlowTypes';
import { rectUnion } from './routing/rectGeometry';
import { OUTSIDE_GROUP_NAME, isOutsideCardId } from '../store';

/** A collapsed namespace's size, as wide as the group's name needs. */
export const OUTSIDE_COLLAPSED = namespaceFit(OUTSIDE_GROUP_NAME, NAMESPACE_COLLAPSED, false);

/**
 * Where the collapsed box stands: at the top left of the frame around `cards` (where they stand,
 * hidden), as the layout packs it (`repackTopAround`); null for no card.
 */
export function outsideCollapsedAt(cards: readonly Box[]): Box | null {
  const around = rectUnion(cards);
  if (around === null) return null;
  const x = around.x - OUTSIDE_INSET.side;
  return { x, y: around.y - OUTSIDE_INSET.top, ...OUTSIDE_COLLAPSED };
}

/**
 * `nodes` with the group's cards taken out and its collapsed box in their place
 * (`outsideCollapsedAt`); `nodes` itself when none stands outside the cluster.
 */
export function withOutsideCollapsed(nodes: CanvasNode[]): CanvasNode[] {
  const cards: CanvasNode[] = [];
  const rest: CanvasNode[] = [];
  for (const n of nodes) (isOutsideCardId(n.id) ? cards : rest).push(n);
  if (cards.length === 0) return nodes;
  const boxes: Box[] = cards.map((n) => ({
    ...n.position,
    width: n.width ?? 0,
    height: n.height ?? 0,
  }));
  const box = outsideCollapsedAt(boxes);
  if (box === null) return nodes;
  const ipBlocks = cards.filter((n) => n.id.startsWith('ipBlock:')).length;
  const data = { ipBlocks, endpoints: cards.length - ipBlocks, collapsed: true };
  return [...rest, outsideNodeOf(box, data, COLLAPSED_Z)];
}
