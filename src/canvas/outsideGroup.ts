/**
 * The group "Outside the cluster": the cards of the ends no pod is (IP blocks, and the
 * external endpoints a user draws), laid out together after the namespaces (`elkGraph.ts`)
 * and framed on the canvas as one box (`withOutsideFrame`). A dump's rules name dozens of IP
 * blocks: laid out first, one at a time, their cards filled the top five rows of its overview.
 * The frame is a view, never saved: it is drawn around the cards wherever they stand, when
 * that leaves every other box clear (a layout made by hand keeps its look).
 */
import type { Box } from './canvasGeometry';
import { rectUnion, rectsOverlap } from './routing/rectGeometry';
import { NAMESPACE_INSET, namespaceFit } from './layoutGeometry';
import type { Size } from './layoutGeometry';
import { plural } from '../engine';
import type { CanvasNode, OutsideFlowNode } from './reactFlowTypes';

/** The frame's node id: no node of the model has it (`store/ids.ts`), and it is never saved. */
export const OUTSIDE_GROUP_ID = 'outside:cluster';

export const OUTSIDE_GROUP_NAME = 'Outside the cluster';

/** Room for the group's name above its cards, and around them, as a namespace keeps. */
export const OUTSIDE_INSET = NAMESPACE_INSET;

/** As wide as its name needs where names grow (as a collapsed box's), and one card tall. */
export const OUTSIDE_MIN: Size = namespaceFit(
  OUTSIDE_GROUP_NAME,
  { width: 268, height: 156 },
  false,
);

/**
 * A lone card outside the cluster (the three-tier example's backup server, a lesson's one IP
 * block) needs no frame to say so: its card does ("outside", "IP block"), and a frame would
 * only make a small design smaller in its window.
 */
export const OUTSIDE_FRAMED_FROM = 2;

/** Whether the node `id` is a card of the group: an IP block or an external endpoint. */
export function isOutsideCardId(id: string): boolean {
  return id.startsWith('ipBlock:') || id.startsWith('external:');
}

/** What the group holds, as its header says it: `36 IP blocks · 2 endpoints`. */
export function outsideCountText(ipBlocks: number, endpoints: number): string {
  const parts = [
    ipBlocks > 0 ? plural(ipBlocks, 'IP block') : '',
    endpoints > 0 ? plural(endpoints, 'endpoint') : '',
  ];
  return parts.filter((p) => p !== '').join(' · ');
}

/**
 * The frame around `cards` (flow coordinates), with the group's insets; null for fewer than two
 * cards (`OUTSIDE_FRAMED_FROM`), or when the frame would reach over one of `others` (the top level's other boxes and
 * cards: a design laid out by hand, its IP blocks beside the namespaces they talk to).
 */
export function outsideFrameOf(cards: readonly Box[], others: readonly Box[]): Box | null {
  if (cards.length < OUTSIDE_FRAMED_FROM) return null;
  const around = rectUnion(cards);
  if (around === null) return null;
  const x = around.x - OUTSIDE_INSET.side;
  const y = around.y - OUTSIDE_INSET.top;
  const frame = {
    x,
    y,
    width: Math.max(OUTSIDE_MIN.width, around.width + 2 * OUTSIDE_INSET.side),
    height: Math.max(OUTSIDE_MIN.height, around.height + OUTSIDE_INSET.top + OUTSIDE_INSET.bottom),
  };
  return others.some((o) => rectsOverlap(frame, o)) ? null : frame;
}

/**
 * `nodes` (the canvas's, as drawn: collapsed boxes at their small size) with the group's frame
 * first, drawn behind the boxes and cards as a namespace's box is; `nodes` itself when there is
 * no frame to draw (`outsideFrameOf`).
 */
export function withOutsideFrame(nodes: CanvasNode[]): CanvasNode[] {
  const cards: Box[] = [];
  const others: Box[] = [];
  let ipBlocks = 0;
  for (const n of nodes) {
    if (n.parentId !== undefined) continue;
    const box = { ...n.position, width: n.width ?? 0, height: n.height ?? 0 };
    if (isOutsideCardId(n.id)) {
      cards.push(box);
      if (n.id.startsWith('ipBlock:')) ipBlocks++;
    } else others.push(box);
  }
  const frame = outsideFrameOf(cards, others);
  if (frame === null) return nodes;
  const size = { width: frame.width, height: frame.height };
  const group: OutsideFlowNode = {
    id: OUTSIDE_GROUP_ID,
    type: 'outside',
    position: { x: frame.x, y: frame.y },
    ...size,
    measured: size,
    selectable: false,
    draggable: false,
    focusable: false,
    data: { ipBlocks, endpoints: cards.length - ipBlocks },
  };
  return [group, ...nodes];
}
