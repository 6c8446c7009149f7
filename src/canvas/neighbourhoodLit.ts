/**
 * What a focus on a workload's neighbourhood draws lit, from the nodes and lines on the canvas
 * now. A focus on a busy workload opens the collapsed namespaces its neighbours sit in, and their
 * cards and lines reach the canvas seconds later: until then each such box stands for the
 * neighbours it holds, and the summary lines drawn at the focused workload stay lit, so the
 * neighbourhood shows at once and never as a dimmed canvas with nothing lit.
 */
import { isOwnEnd, namespaceBoxOf } from '../store';
import type { Neighbourhood } from '../store';

/** A node as the canvas holds it: its id, and the box it sits in. */
interface LitNode {
  readonly id: string;
  readonly parentId?: string;
}

/** A line as the canvas holds it; a summary line stands for lines to or from a collapsed box. */
interface LitLine {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly data?: { readonly summary?: true };
}

/**
 * Whether a line is drawn lit: one of the neighbourhood's, or a summary line whose drawn end is
 * the focused node or its box (it stands for lines of theirs, the box at its far end opening).
 */
export function isLitLine(line: LitLine, hood: Neighbourhood): boolean {
  if (hood.edges.has(line.id)) return true;
  if (line.data?.summary !== true) return false;
  return isOwnEnd(hood, line.source) || isOwnEnd(hood, line.target);
}

/**
 * The nodes drawn lit: the neighbourhood's, the other ends of its lit lines (a collapsed box at
 * the end of a summary line), the box of a neighbour not drawn as a card (its namespace is
 * collapsed, or opening), and a box holding any of them.
 */
export function litNodeIds(
  nodes: readonly LitNode[],
  lines: readonly LitLine[],
  hood: Neighbourhood,
): ReadonlySet<string> {
  const lit = new Set(hood.nodes);
  for (const line of lines) {
    if (!isLitLine(line, hood)) continue;
    lit.add(line.source);
    lit.add(line.target);
  }
  const drawn = new Set(nodes.map((n) => n.id));
  for (const id of hood.nodes) {
    const box = drawn.has(id) ? null : namespaceBoxOf(id);
    if (box !== null) lit.add(box);
  }
  for (const n of nodes) {
    if (n.parentId !== undefined && lit.has(n.id)) lit.add(n.parentId);
  }
  return lit;
}
