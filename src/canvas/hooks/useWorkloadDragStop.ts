import { useReactFlow } from '@xyflow/react';
import type { OnNodeDrag } from '@xyflow/react';
import { useCallback } from 'react';
import { useEditorApi } from '../../store';
import type { CanvasNode } from '../reactFlowTypes';
import { workloadMove } from '../workloadMove';
import { useNamespaceBoxes } from './useNamespaceBoxes';

/**
 * A workload dropped in another namespace's box moves there; else it is kept
 * inside its box (an inferred one always is).
 */
export function useWorkloadDragStop(): OnNodeDrag<CanvasNode> {
  const api = useEditorApi();
  const { getInternalNode } = useReactFlow<CanvasNode>();
  const boxes = useNamespaceBoxes();
  return useCallback(
    (_event, node) => {
      if (node.type !== 'workload') return;
      const absolute = getInternalNode(node.id)?.internals.positionAbsolute;
      if (absolute === undefined) return;
      // an inferred workload is no part of the document: it only moves within its box
      const all = boxes();
      const within =
        node.data.inferred === undefined ? all : all.filter((b) => b.name === node.data.namespace);
      const plan = workloadMove(node.data, absolute, within);
      const state = api.getState();
      if (plan.edit === null) {
        state.setPositions(plan.positions);
        return;
      }
      state.dispatch(plan.edit, { [node.id]: null, ...plan.positions });
      const [id] = Object.keys(plan.positions);
      if (id !== undefined) state.select({ kind: 'node', id });
    },
    [api, getInternalNode, boxes],
  );
}
