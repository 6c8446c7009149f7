/**
 * How a focus on a workload's neighbourhood reaches React Flow. The canvas dims by one attribute
 * on its root (`data-focus`, `canvas.css`) under a veil that takes the pointer (`FocusVeil.tsx`),
 * and marks only what stays lit, raised above the veil, so that F, and leaving the focus, redraw
 * the neighbourhood's nodes and lines and not the design's: a node or line outside it keeps its
 * object, which React Flow and the memoised cards and lines skip.
 */
import type { Neighbourhood } from '../store';
import { isLitLine } from './neighbourhoodLit';
import type { CanvasNode, FlowEdge } from './reactFlowTypes';

/** The class of a node's or line's wrapper inside the focused neighbourhood (not dimmed). */
export const LIT_CLASS = 'nc-lit';

/**
 * How far a lit line rises while a focus lasts: above the veil (`.nc-focus-veil`, z 6), in the
 * order the lines had (1 to 3, `toFlowEdges.ts`), under the lit labels and cards (canvas.css).
 */
export const LIT_RAISE = 6;

/**
 * The class of a lit card's (or collapsed box's) wrapper, which canvas.css raises above the veil:
 * a new `zIndex` would reach the card itself as a prop, and draw it again.
 */
export const ABOVE_VEIL_CLASS = 'nc-above-veil';

/** What React Flow draws: nodes and lines. */
export interface Drawn {
  readonly nodes: CanvasNode[];
  readonly edges: FlowEdge[];
}

function withLitClass<T extends { className?: string }>(item: T, lit = LIT_CLASS): T {
  const className = item.className === undefined ? lit : `${item.className} ${lit}`;
  return { ...item, className };
}

/**
 * Whether a node is an opened namespace's box. It holds cards, which React Flow always draws
 * above it: lit, it stays under the veil, which leaves its header to the pointer
 * (`veilHoles.ts`). A collapsed box holds none and rises with the cards.
 */
function isOpenedBox(node: CanvasNode): boolean {
  return node.type === 'namespace' && node.data.collapsed === undefined;
}

/** A lit node: its wrapper marked and, but for an opened namespace's box, above the veil. */
function litNode(node: CanvasNode): CanvasNode {
  return withLitClass(node, isOpenedBox(node) ? LIT_CLASS : `${LIT_CLASS} ${ABOVE_VEIL_CLASS}`);
}

/** The lit opened namespaces' boxes among `nodes`, whose headers the veil leaves uncovered. */
export function litBoxIds(nodes: readonly CanvasNode[], lit: ReadonlySet<string>): string[] {
  return nodes.filter((n) => lit.has(n.id) && isOpenedBox(n)).map((n) => n.id);
}

/** A lit line: its wrapper marked and raised above the veil, and its label told so. */
function litLine(line: FlowEdge): FlowEdge {
  const marked = { ...withLitClass(line), zIndex: (line.zIndex ?? 0) + LIT_RAISE };
  return line.data === undefined ? marked : { ...marked, data: { ...line.data, lit: true } };
}

/**
 * One lit copy of each object for as long as the object lives: the canvas's renders while a
 * focus lasts (a batch of lines, a part of cards) hand React Flow the same copies.
 */
function litCopies<T extends object>(mark: (item: T) => T): (item: T) => T {
  const copies = new WeakMap<T, T>();
  return (item) => {
    let copy = copies.get(item);
    if (copy === undefined) {
      copy = mark(item);
      copies.set(item, copy);
    }
    return copy;
  };
}

/**
 * Marks what a focus on `hood` draws lit in `drawn` (what React Flow holds now): the nodes whose
 * ids `lit` holds (`litNodeIds`) and the lines `isLitLine` lights become marked copies, kept for
 * the next call; the others stay as they are (dimmed by the canvas's `data-focus`).
 */
export type NeighbourhoodMarker = (
  drawn: Drawn,
  hood: Neighbourhood,
  lit: ReadonlySet<string>,
) => Drawn;

/** A marker for one canvas, which keeps its lit copies while their objects live. */
export function neighbourhoodMarker(): NeighbourhoodMarker {
  const litNodeCopy = litCopies<CanvasNode>(litNode);
  const litEdge = litCopies<FlowEdge>(litLine);
  return (drawn, hood, lit) => ({
    nodes: drawn.nodes.map((n) => (lit.has(n.id) ? litNodeCopy(n) : n)),
    // A line with nothing to say (no data) was never dimmed.
    edges: drawn.edges.map((e) => (isLitLine(e, hood) || e.data === undefined ? litEdge(e) : e)),
  });
}
