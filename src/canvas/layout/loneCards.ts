/**
 * The cards of an open namespace that no line inside it joins (their lines,
 * if any, go to other namespaces) are laid out apart from the others, in rows
 * beside and below the cards ELK lays out by their lines. Handed to ELK's
 * layered layout, each was a component of its own, packed by ELK around the
 * widest linked component: on a 250-workload design, 16 such cards in two
 * rows along the top of a box 3,000 px wide, the linked cards scattered over
 * the empty space below.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { NAMESPACE_INSET } from '../layoutGeometry';
import type { Size } from '../layoutGeometry';
import { packRows } from './packRows';
import type { Packed } from './packRows';

/** Width over height a namespace box aims for. */
export const BOX_ASPECT = 1.6;
/** Between two cards of one of ELK's columns. */
export const CARD_GAP = 40;
/** Between two cards of a row, and between two rows: as ELK packed cards without lines. */
export const ROW_GAP = 20;
/**
 * Between two of ELK's columns: room for a line between neighbouring columns to say its port
 * zoomed out, where labels are drawn 20 px (`labelScaleOf`): "TCP" over "50051" (`stackedTextOf`,
 * 102 px) clear of both cards. At 72 px none fitted: Online Boutique fitted at 1280×720 left 10
 * of its 26 lines unlabelled, 5 of them between neighbouring columns, while its design, held by
 * its height, used 723 of the 818 px across (now 799, at the same zoom).
 */
export const LAYER_GAP = 112;
/** Between the linked cards and the rows of cards beside them: no line runs between the two. */
export const BESIDE_GAP = 72;

/** The children of a box that none of its `edges` joins, and the others, in their order. */
export function loneCardsOf(
  children: readonly ElkNode[],
  edges: readonly ElkExtendedEdge[],
): { linked: ElkNode[]; lone: ElkNode[] } {
  const joined = new Set(edges.flatMap((e) => [...e.sources, ...e.targets]));
  return {
    linked: children.filter((c) => joined.has(c.id)),
    lone: children.filter((c) => !joined.has(c.id)),
  };
}

/**
 * Places for `cards` in rows beside and below `block` (`packRows`): of the row widths that change
 * the rows, the one whose box, with its insets, is largest when fitted to a box as wide as ELK's
 * aim.
 */
export function rowsBeside(block: Size | null, cards: readonly Size[]): Packed {
  return packRows(cards, BOX_ASPECT, {
    gap: ROW_GAP,
    ...(block === null ? {} : { beside: { ...block, gap: BESIDE_GAP } }),
    frame: {
      width: 2 * NAMESPACE_INSET.side,
      height: NAMESPACE_INSET.top + NAMESPACE_INSET.bottom,
    },
  });
}

/**
 * `graph` with the lone cards of each box set aside (`loneCardsOf`): a box left with no card
 * keeps the size it was given, the least it may be.
 */
export function setLoneCardsAside(graph: ElkNode): {
  graph: ElkNode;
  aside: ReadonlyMap<string, readonly ElkNode[]>;
} {
  const aside = new Map<string, readonly ElkNode[]>();
  const children = (graph.children ?? []).map((box) => {
    if (box.children === undefined || box.children.length === 0) return box;
    const { linked, lone } = loneCardsOf(box.children, box.edges ?? []);
    if (lone.length === 0) return box;
    aside.set(box.id, lone);
    return { ...box, children: linked };
  });
  return { graph: { ...graph, children }, aside };
}

/** The extent of `cards` from the box's insets: the linked cards as ELK placed them. */
function blockOf(cards: readonly ElkNode[]): Size | null {
  if (cards.length === 0) return null;
  let width = 0;
  let height = 0;
  for (const c of cards) {
    width = Math.max(width, (c.x ?? 0) + (c.width ?? 0) - NAMESPACE_INSET.side);
    height = Math.max(height, (c.y ?? 0) + (c.height ?? 0) - NAMESPACE_INSET.top);
  }
  return { width, height };
}

/**
 * `laidOut` with the cards set aside placed back in their boxes (`rowsBeside`), each box as large
 * as it was laid out and as its cards need.
 */
export function placeLoneCards(
  laidOut: ElkNode,
  aside: ReadonlyMap<string, readonly ElkNode[]>,
): ElkNode {
  const children = (laidOut.children ?? []).map((box) => {
    const lone = aside.get(box.id);
    if (lone === undefined) return box;
    const linked = box.children ?? [];
    const rows = rowsBeside(
      blockOf(linked),
      lone.map((c) => ({ width: c.width ?? 0, height: c.height ?? 0 })),
    );
    const placed = lone.map((c, i) => {
      const at = rows.places[i] ?? { x: 0, y: 0 };
      return { ...c, x: NAMESPACE_INSET.side + at.x, y: NAMESPACE_INSET.top + at.y };
    });
    return {
      ...box,
      width: Math.max(box.width ?? 0, rows.width + 2 * NAMESPACE_INSET.side),
      height: Math.max(box.height ?? 0, rows.height + NAMESPACE_INSET.top + NAMESPACE_INSET.bottom),
      children: [...linked, ...placed],
    };
  });
  return { ...laidOut, children };
}

/**
 * `graph` laid out without ELK, when its layout did not come (`elkLayout.ts`): each box's cards
 * in rows, as if no line joined them (`placeLoneCards`), each at a place of its own.
 */
export function cardsInRows(graph: ElkNode): ElkNode {
  const aside = new Map<string, readonly ElkNode[]>();
  const children = (graph.children ?? []).map((box) => {
    if (box.children === undefined || box.children.length === 0) return box;
    aside.set(box.id, box.children);
    return { ...box, children: [] };
  });
  return placeLoneCards({ ...graph, children }, aside);
}
