import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useEditorApi } from '../../store';
import type { CanvasNode } from '../reactFlowTypes';
import { workloadMove } from '../workloadMove';
import type { OnDrop } from './useNodeDragging';
import { useNamespaceBoxes } from './useNamespaceBoxes';

/**
 * A drop is one undo step, and the one write of the drag to the document. A workload dropped in
 * another namespace's box moves there (the edit's step, which puts it back where the drag
 * began); else it is kept inside its box (an inferred one always is).
 */
export function useWorkloadDragStop(): OnDrop {
  const api = useEditorApi();
  const { getInternalNode } = useReactFlow<CanvasNode>();
  const boxes = useNamespaceBoxes();
  return useCallback(
    (_event, node, _nodes, before, after) => {
      const absolute = getInternalNode(node.id)?.internals.positionAbsolute;
      if (node.type !== 'workload' || absolute === undefined) {
        api.getState().moved(before, after);
        return;
      }
      // an inferred workload is no part of the document: it only moves within its box
      const all = boxes();
      const within =
        node.data.inferred === undefined ? all : all.filter((b) => b.name === node.data.namespace);
      const plan = workloadMove(node.data, absolute, within);
      const state = api.getState();
      if (plan.edit === null) {
        state.moved(before, { ...after, ...plan.positions });
        return;
      }
      // Every dragged node is stored where the drag began (those without a place where they were
      // drawn), so that the edit's step restores it there.
      state.setPositions(before);
      state.dispatch(plan.edit, { [node.id]: null, ...plan.positions });
      const [id] = Object.keys(plan.positions);
      if (id !== undefined) state.select({ kind: 'node', id });
    },
    [api, getInternalNode, boxes],
  );
}
