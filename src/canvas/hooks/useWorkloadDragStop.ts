import { useReactFlow } from '@xyflow/react';
import type { OnNodeDrag } from '@xyflow/react';
import { useCallback } from 'react';
import { useEditorApi } from '../../store';
import type { CanvasNode } from '../reactFlowTypes';
import { workloadMove } from '../workloadMove';
import { useNamespaceBoxes } from './useNamespaceBoxes';

/** A workload dropped in another namespace's box moves there; else it is kept inside its box. */
export function useWorkloadDragStop(): OnNodeDrag<CanvasNode> {
  const api = useEditorApi();
  const { getInternalNode } = useReactFlow<CanvasNode>();
  const boxes = useNamespaceBoxes();
  return useCallback(
    (_event, node) => {
      if (node.type !== 'workload') return;
      const absolute = getInternalNode(node.id)?.internals.positionAbsolute;
      if (absolute === undefined) return;
      const plan = workloadMove(node.data, absolute, boxes());
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
