/**
 * How a focus on a workload's neighbourhood reaches React Flow. The canvas dims by one attribute
 * on its root (`data-focus`, `canvas.css`) and marks only what stays lit, so that F, and leaving
 * the focus, redraw the neighbourhood's nodes and lines and not the design's: a node or line
 * outside it keeps its object, which React Flow and the memoised cards and lines skip.
 */
import type { Neighbourhood } from '../store';
import { isLitLine } from './neighbourhoodLit';
import type { CanvasNode, FlowEdge } from './reactFlowTypes';

/** The class of a node's or line's wrapper inside the focused neighbourhood (not dimmed). */
export const LIT_CLASS = 'nc-lit';

/** What React Flow draws: nodes and lines. */
export interface Drawn {
  readonly nodes: CanvasNode[];
  readonly edges: FlowEdge[];
}

function withLitClass<T extends { className?: string }>(item: T): T {
  const className = item.className === undefined ? LIT_CLASS : `${item.className} ${LIT_CLASS}`;
  return { ...item, className };
}

/** A lit line: its wrapper marked, and its label, drawn in a layer of its own, told so. */
function litLine(line: FlowEdge): FlowEdge {
  const marked = withLitClass(line);
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
  const litNode = litCopies<CanvasNode>(withLitClass);
  const litEdge = litCopies<FlowEdge>(litLine);
  return (drawn, hood, lit) => ({
    nodes: drawn.nodes.map((n) => (lit.has(n.id) ? litNode(n) : n)),
    // A line with nothing to say (no data) was never dimmed.
    edges: drawn.edges.map((e) => (isLitLine(e, hood) || e.data === undefined ? litEdge(e) : e)),
  });
}
