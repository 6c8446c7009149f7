import { useMemo } from 'react';
import { selectNeighbourhood, useEditorStore } from '../../store';
import type { Neighbourhood } from '../../store';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';

/** The class of a node or line outside the focused neighbourhood: dimmed, not clickable. */
export const DIMMED_CLASS = 'nc-dimmed';

function withClass<T extends { className?: string }>(item: T): T {
  const className =
    item.className === undefined ? DIMMED_CLASS : `${item.className} ${DIMMED_CLASS}`;
  return { ...item, className };
}

/** A namespace box stays lit when it holds a node of the neighbourhood. */
function litNodes(nodes: readonly CanvasNode[], hood: Neighbourhood): Set<string> {
  const lit = new Set(hood.nodes);
  for (const n of nodes) {
    if (n.parentId !== undefined && hood.nodes.has(n.id)) lit.add(n.parentId);
  }
  return lit;
}

/**
 * The nodes and lines with those outside the focused workload's
 * neighbourhood (its flows in and out, and their other ends) dimmed, the
 * selection's other paths included; as they are when nothing is focused.
 */
export function useNeighbourhoodDim(
  nodes: CanvasNode[],
  edges: FlowEdge[],
): { nodes: CanvasNode[]; edges: FlowEdge[] } {
  const focused = useEditorStore(selectNeighbourhood);
  return useMemo(() => {
    if (focused === null) return { nodes, edges };
    const hood = focused;
    const lit = litNodes(nodes, hood);
    return {
      nodes: nodes.map((n) => (lit.has(n.id) ? n : withClass(n))),
      edges: edges.map((e) =>
        hood.edges.has(e.id) || e.data === undefined
          ? e
          : { ...withClass(e), data: { ...e.data, dimmed: true } },
      ),
    };
  }, [focused, nodes, edges]);
}
