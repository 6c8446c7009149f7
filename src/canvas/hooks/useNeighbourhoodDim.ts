import { useMemo } from 'react';
import { isOwnEnd, selectNeighbourhood, useEditorStore } from '../../store';
import type { Neighbourhood } from '../../store';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';

/** The class of a node or line outside the focused neighbourhood: dimmed, not clickable. */
export const DIMMED_CLASS = 'nc-dimmed';

function withClass<T extends { className?: string }>(item: T): T {
  const className =
    item.className === undefined ? DIMMED_CLASS : `${item.className} ${DIMMED_CLASS}`;
  return { ...item, className };
}

/**
 * A summary line (to or from a collapsed namespace) is one of the focused node's lines when its
 * drawn end is the node or the node's box: it stands for lines of theirs.
 */
function ownSummary(edge: FlowEdge, hood: Neighbourhood): boolean {
  if (edge.data?.summary !== true) return false;
  return isOwnEnd(hood, edge.source) || isOwnEnd(hood, edge.target);
}

/**
 * The nodes drawn lit: the neighbourhood's (the workloads its lines and paths join it with), the
 * collapsed boxes at the far end of its summary lines, and a namespace box holding one of them.
 */
function litNodes(nodes: readonly CanvasNode[], edges: readonly FlowEdge[], hood: Neighbourhood) {
  const lit = new Set(hood.nodes);
  for (const e of edges) {
    if (!ownSummary(e, hood)) continue;
    lit.add(e.source);
    lit.add(e.target);
  }
  for (const n of nodes) {
    if (n.parentId !== undefined && lit.has(n.id)) lit.add(n.parentId);
  }
  return lit;
}

/**
 * The nodes and lines with those outside the focused workload's
 * neighbourhood (its flows in and out, its allowed paths while it is
 * selected, and their other ends) dimmed, the selection's other paths
 * included; as they are when nothing is focused.
 */
export function useNeighbourhoodDim(
  nodes: CanvasNode[],
  edges: FlowEdge[],
): { nodes: CanvasNode[]; edges: FlowEdge[] } {
  const focused = useEditorStore(selectNeighbourhood);
  return useMemo(() => {
    if (focused === null) return { nodes, edges };
    const hood = focused;
    const lit = litNodes(nodes, edges, hood);
    return {
      nodes: nodes.map((n) => (lit.has(n.id) ? n : withClass(n))),
      edges: edges.map((e) =>
        hood.edges.has(e.id) || ownSummary(e, hood) || e.data === undefined
          ? e
          : { ...withClass(e), data: { ...e.data, dimmed: true } },
      ),
    };
  }, [focused, nodes, edges]);
}
