import { useStoreApi } from '@xyflow/react';
import type { OnMoveEnd, OnMoveStart } from '@xyflow/react';
import { useCallback } from 'react';

/** The events with which React Flow starts a pan by dragging the pane (a wheel zooms). */
const DRAG_STARTS = new Set(['mousedown', 'touchstart', 'pointerdown']);

/**
 * While the user drags the pane, the canvas root says so (`data-pane-dragged`) and the viewport
 * is a layer of its own (`canvas.css`): each move of the pan then moves that layer, already
 * drawn, instead of drawing every card and line again (most of a pan's raster on a large
 * design). The layer goes when the move ends: kept through a zoom, its text would stay blurred,
 * drawn at the scale before.
 */
export function useViewportLayerWhileDragged(): {
  onDragStart: OnMoveStart;
  onMoveEnd: OnMoveEnd;
} {
  const flow = useStoreApi();
  const onDragStart = useCallback<OnMoveStart>(
    (event) => {
      if (event === null || !DRAG_STARTS.has(event.type)) return;
      flow.getState().domNode?.setAttribute('data-pane-dragged', 'true');
    },
    [flow],
  );
  const onMoveEnd = useCallback<OnMoveEnd>(() => {
    flow.getState().domNode?.removeAttribute('data-pane-dragged');
  }, [flow]);
  return { onDragStart, onMoveEnd };
}
