import { useMemo } from 'react';
import { selectNeighbourhood, useEditorStore } from '../../store';
import { isLitLine, litNodeIds } from '../neighbourhoodLit';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';

/** The class of a node or line outside the focused neighbourhood: dimmed, not clickable. */
export const DIMMED_CLASS = 'nc-dimmed';

function withClass<T extends { className?: string }>(item: T): T {
  const className =
    item.className === undefined ? DIMMED_CLASS : `${item.className} ${DIMMED_CLASS}`;
  return { ...item, className };
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
    const lit = litNodeIds(nodes, edges, hood);
    return {
      nodes: nodes.map((n) => (lit.has(n.id) ? n : withClass(n))),
      edges: edges.map((e) =>
        isLitLine(e, hood) || e.data === undefined
          ? e
          : { ...withClass(e), data: { ...e.data, dimmed: true } },
      ),
    };
  }, [focused, nodes, edges]);
}
