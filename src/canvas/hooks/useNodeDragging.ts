import type { OnNodeDrag } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import type { LayoutPatch } from '../../store';
import { useEditorApi } from '../../store';
import type { CanvasNode } from '../reactFlowTypes';

/** React Flow's drag stop, with where the dragged nodes were when the drag began. */
export type OnDrop = (
  ...args: [...Parameters<OnNodeDrag<CanvasNode>>, before: LayoutPatch]
) => void;

/**
 * Whether a card is being dragged (its lines are then routed at every move, so they follow it:
 * `routeInPlace.ts`), with React Flow's drag start and stop handlers; `onStop` runs at the drop,
 * told where the dragged nodes were drawn, so that the drop is one undo step back there.
 */
export function useNodeDragging(onStop: OnDrop): {
  dragging: boolean;
  onNodeDragStart: OnNodeDrag<CanvasNode>;
  onNodeDragStop: OnNodeDrag<CanvasNode>;
} {
  const api = useEditorApi();
  const [dragging, setDragging] = useState(false);
  const before = useRef<LayoutPatch>({});
  const onNodeDragStart = useCallback<OnNodeDrag<CanvasNode>>(
    (_event, _node, nodes) => {
      // Where each is drawn (a node without a stored place is where the canvas put it): the
      // drop's undo puts it back there, whatever the canvas would put there by then.
      const { positions } = api.getState();
      before.current = Object.fromEntries(
        nodes.map((n) => [
          n.id,
          positions[n.id] ?? { x: Math.round(n.position.x), y: Math.round(n.position.y) },
        ]),
      );
      setDragging(true);
    },
    [api],
  );
  const onNodeDragStop = useCallback<OnNodeDrag<CanvasNode>>(
    (event, node, nodes) => {
      setDragging(false);
      onStop(event, node, nodes, before.current);
      before.current = {};
    },
    [onStop],
  );
  return { dragging, onNodeDragStart, onNodeDragStop };
}
