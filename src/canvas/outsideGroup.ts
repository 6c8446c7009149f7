/**
 * The group "Outside the cluster": the cards of the ends no pod is (IP blocks, and the
 * external endpoints a user draws), laid out together after the namespaces (`elkGraph.ts`)
 * and framed on the canvas as one box (`withOutsideFrame`). A dump's rules name dozens of IP
 * blocks: laid out first, one at a time, their cards filled the top five rows of its overview.
 * The frame is a view, never saved: it is drawn around the cards that stand together, most of
 * them, when that leaves every other box clear (a layout made by hand keeps its look).
 */
import type { Box } from './canvasGeometry';
import { rectUnion, rectsOverlap } from './routing/rectGeometry';
import { EXTERNAL_SIZE, NAMESPACE_INSET, namespaceFit, virtualSlot } from './layoutGeometry';
import type { Size } from './layoutGeometry';
import type { Position } from '../store';
import { namespaceHeaderHeightOf } from './zoomBand';
import { plural } from '../engine';
import { OUTSIDE_GROUP_ID, OUTSIDE_GROUP_NAME, isOutsideCardId } from '../store';
import type { CanvasNode, OutsideFlowNode } from './reactFlowTypes';

/**
 * Its name is drawn as a namespace's (`.nc-namespace-head`), larger as the camera goes out; the
 * rows are laid out once for every zoom, so they keep the room its header takes at its tallest
 * (`namespaceHeaderHeightOf`: the compact band, presented), and a gap below it.
 */
const HEAD_ROOM = Math.max(
  ...(['full', 'compact', 'names'] as const).flatMap((band) => [
    namespaceHeaderHeightOf(band, false),
    namespaceHeaderHeightOf(band, true),
  ]),
);

/**
 * Between the header and the first row: zoomed out to a large design's overview (0.3), the name
 * stood 2 px above the cards' top edges and read as lying on them.
 */
export const OUTSIDE_NAME_GAP = 12;

/** Room for the group's name above its cards, and around them, as a namespace keeps. */
export const OUTSIDE_INSET = { ...NAMESPACE_INSET, top: HEAD_ROOM + OUTSIDE_NAME_GAP };

/**
 * As wide as its name and its Collapse need where names grow (as an open namespace's header),
 * and one card tall.
 */
export const OUTSIDE_MIN: Size = namespaceFit(
  OUTSIDE_GROUP_NAME,
  { width: 268, height: 156 },
  true,
);

/**
 * A lone card outside the cluster (the three-tier example's backup server, a lesson's one IP
 * block) needs no frame to say so: its card does ("outside", "IP block"), and a frame would
 * only make a small design smaller in its window.
 */
export const OUTSIDE_FRAMED_FROM = 2;

/**
 * The place of a card outside the cluster that has no place (no layout placed it: one failed),
 * at `rank` in the column of the ends of broad rules left of everything (`virtualSlot`, `taller`
 * as there), after the others (Anywhere, `below`): its group's frame, or its collapsed box,
 * stands below them, a gap apart, and ends where their column ends, clear of the design. Set in
 * that column as they are, the group's collapsed box was drawn over Anywhere, and its frame not
 * at all. `widest` is the widest card of the group.
 */
export function outsideSlot(
  rank: number,
  below: boolean,
  taller: number,
  widest: number,
): Position {
  const slot = virtualSlot(rank, taller + (below ? OUTSIDE_INSET.top : 0));
  const frame = Math.max(OUTSIDE_MIN.width, widest + 2 * OUTSIDE_INSET.side);
  return { x: slot.x + EXTERNAL_SIZE.width - frame + OUTSIDE_INSET.side, y: slot.y };
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
 * How far apart two cards of the group may stand and still be framed together: a row of cards
 * and its gap (`ROW_GAP`, 20), so that a card dropped beside the rows joins them, and one
 * dragged away from them leaves.
 */
export const OUTSIDE_NEAR = EXTERNAL_SIZE.height + 20;

function near(a: Box, b: Box): boolean {
  const dx = Math.max(a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(a.y - (b.y + b.height), b.y - (a.y + a.height));
  return dx <= OUTSIDE_NEAR && dy <= OUTSIDE_NEAR;
}

/**
 * Which of `cards` (their indices) the frame holds: those that stand together, each near
 * another, and over none of `others` (a card dragged onto a namespace's box, or far from its
 * rows, leaves the frame and its name where the rest are), if they are most of the cards.
 */
export function cardsTogether(cards: readonly Box[], others: readonly Box[]): number[] {
  const free = cards.flatMap((c, i) => (others.some((o) => rectsOverlap(c, o)) ? [] : [i]));
  let most: number[] = [];
  const seen = new Set<number>();
  for (const start of free) {
    if (seen.has(start)) continue;
    seen.add(start);
    const group = [start];
    for (let k = 0; k < group.length; k++) {
      const a = cards[group[k] ?? start];
      for (const j of free) {
        const b = cards[j];
        if (seen.has(j) || a === undefined || b === undefined || !near(a, b)) continue;
        seen.add(j);
        group.push(j);
      }
    }
    if (group.length > most.length) most = group;
  }
  return 2 * most.length > cards.length ? most.sort((a, b) => a - b) : [];
}

/** The frame of the group on `nodes`' top level, and what it holds; null for none drawn. */
export interface OutsideFrame {
  readonly box: Box;
  readonly ipBlocks: number;
  readonly endpoints: number;
}

/** The group's frame on `nodes` (the canvas's, as drawn), as `withOutsideFrame` draws it. */
export function outsideFrameOfNodes(nodes: readonly CanvasNode[]): OutsideFrame | null {
  const cards: Box[] = [];
  const ids: string[] = [];
  const others: Box[] = [];
  for (const n of nodes) {
    if (n.parentId !== undefined) continue;
    const box = { ...n.position, width: n.width ?? 0, height: n.height ?? 0 };
    if (isOutsideCardId(n.id)) {
      cards.push(box);
      ids.push(n.id);
    } else others.push(box);
  }
  const held = cardsTogether(cards, others);
  // Nor does it reach over a card it leaves out.
  const left = cards.filter((_, i) => !held.includes(i));
  const box = outsideFrameOf(
    held.flatMap((i) => cards[i] ?? []),
    [...others, ...left],
  );
  if (box === null) return null;
  const ipBlocks = held.filter((i) => ids[i]?.startsWith('ipBlock:') === true).length;
  return { box, ipBlocks, endpoints: held.length - ipBlocks };
}

/** The group's node: its frame, or (`collapsed`) the small box that stands for its cards. */
export function outsideNodeOf(
  box: Box,
  data: OutsideFlowNode['data'],
  zIndex?: number,
): OutsideFlowNode {
  const size = { width: box.width, height: box.height };
  return {
    id: OUTSIDE_GROUP_ID,
    type: 'outside',
    position: { x: box.x, y: box.y },
    ...size,
    measured: size,
    selectable: false,
    draggable: false,
    focusable: false,
    ...(zIndex === undefined ? {} : { zIndex }),
    data,
  };
}

/**
 * `nodes` (the canvas's, as drawn: collapsed boxes at their small size) with the group's frame
 * first, drawn behind the boxes and cards as a namespace's box is; `nodes` itself when there is
 * no frame to draw (`outsideFrameOf`).
 */
export function withOutsideFrame(nodes: CanvasNode[]): CanvasNode[] {
  const frame = outsideFrameOfNodes(nodes);
  if (frame === null) return nodes;
  const { box, ipBlocks, endpoints } = frame;
  return [outsideNodeOf(box, { ipBlocks, endpoints }), ...nodes];
}
