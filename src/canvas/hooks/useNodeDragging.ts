import type { OnNodeDrag } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { CanvasNode } from '../reactFlowTypes';

/**
 * Whether a card is being dragged (its lines are then routed at every move, so they follow it:
 * `routeInPlace.ts`), with React Flow's drag start and stop handlers; `onStop` runs at the drop.
 */
export function useNodeDragging(onStop: OnNodeDrag<CanvasNode>): {
  dragging: boolean;
  onNodeDragStart: OnNodeDrag<CanvasNode>;
  onNodeDragStop: OnNodeDrag<CanvasNode>;
} {
  const [dragging, setDragging] = useState(false);
  const onNodeDragStart = useCallback<OnNodeDrag<CanvasNode>>(() => {
    setDragging(true);
  }, []);
  const onNodeDragStop = useCallback<OnNodeDrag<CanvasNode>>(
    (event, node, nodes) => {
      setDragging(false);
      onStop(event, node, nodes);
    },
    [onStop],
  );
  return { dragging, onNodeDragStart, onNodeDragStop };
}
