/**
 * What a focus on a workload's neighbourhood marks lit. The canvas dims by one attribute on its
 * root (`data-focus`, `canvas.css`) under a veil that takes the pointer (`FocusVeil.tsx`), and
 * marks only what stays lit, raised above the veil, on the elements React Flow drew
 * (`litWrappers.ts`): F, and leaving the focus, hand React Flow no new node or line, so neither
 * React Flow's store nor any card or line is drawn again.
 */
import type { Neighbourhood } from '../store';
import { isLitLine } from './neighbourhoodLit';
import type { CanvasNode, FlowEdge } from './reactFlowTypes';

/**
 * How far a lit line rises while a focus lasts: above the veil (`.nc-focus-veil`, z 6), in the
 * order the lines had (1 to 3, `toFlowEdges.ts`), under the lit labels and cards (canvas.css).
 */
export const LIT_RAISE = 6;

/**
 * How a lit node's wrapper is marked: `above` the veil (a card, a collapsed box), or, an opened
 * namespace's `box`, left under it (React Flow draws the cards it holds above it, dimmed or not).
 */
export type LitNodeMark = 'above' | 'box';

/**
 * What a focus draws lit: nodes by id, with how each is marked, and lines by id, with the z-index
 * each rises to (its own, raised by `LIT_RAISE`).
 */
export interface LitMarks {
  readonly nodes: ReadonlyMap<string, LitNodeMark>;
  readonly lines: ReadonlyMap<string, number>;
}

/** What React Flow draws: nodes and lines. */
export interface Drawn {
  readonly nodes: CanvasNode[];
  readonly edges: FlowEdge[];
}

/**
 * Whether a node is an opened namespace's box. It holds cards, which React Flow always draws
 * above it: lit, it stays under the veil, which leaves its header to the pointer
 * (`veilHoles.ts`). A collapsed box holds none and rises with the cards.
 */
function isOpenedBox(node: CanvasNode): boolean {
  return node.type === 'namespace' && node.data.collapsed === undefined;
}

/** The lit opened namespaces' boxes among `nodes`, whose headers the veil leaves uncovered. */
export function litBoxIds(nodes: readonly CanvasNode[], lit: ReadonlySet<string>): string[] {
  return nodes.filter((n) => lit.has(n.id) && isOpenedBox(n)).map((n) => n.id);
}

/**
 * What a focus on `hood` marks lit among `drawn` (the canvas's nodes and lines, those still to
 * be mounted included): the nodes whose ids `lit` holds (`litNodeIds`), and the lines
 * `isLitLine` lights, raised above the veil. A line with nothing to say (no data) was never dimmed.
 */
export function litMarksOf(drawn: Drawn, hood: Neighbourhood, lit: ReadonlySet<string>): LitMarks {
  const nodes = new Map<string, LitNodeMark>();
  for (const n of drawn.nodes) {
    if (lit.has(n.id)) nodes.set(n.id, isOpenedBox(n) ? 'box' : 'above');
  }
  const lines = new Map<string, number>();
  for (const e of drawn.edges) {
    if (e.data === undefined || isLitLine(e, hood)) lines.set(e.id, (e.zIndex ?? 0) + LIT_RAISE);
  }
  return { nodes, lines };
}

function sameEntries<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/**
 * Whether two marks light the same nodes and lines the same way: a card dragged while a focus
 * lasts (new node objects at every move) marks nothing anew.
 */
export function sameLitMarks(a: LitMarks, b: LitMarks): boolean {
  return sameEntries(a.nodes, b.nodes) && sameEntries(a.lines, b.lines);
}
