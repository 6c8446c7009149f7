import { useStoreApi } from '@xyflow/react';
import type { OnMoveEnd, OnMoveStart } from '@xyflow/react';
import { useCallback } from 'react';

/** The events with which React Flow starts a pan by dragging the pane (a wheel zooms). */
const DRAG_STARTS = new Set(['mousedown', 'touchstart', 'pointerdown']);
/**
 * The nodes drawn from which a pan pays for a layer: the expanded 1,000-workload design (1,064)
 * rasters about 3 s at each pan without one. With few (the same design as opened, 50 boxes) the
 * layer saved nothing, and making it at the drag's start cost the page frames on a busy machine.
 */
const MANY_NODES = 500;

/**
 * While the user drags the pane of a large design, the canvas root says so (`data-pane-dragged`)
 * and the viewport is a layer of its own (`canvas.css`): each move of the pan then moves that
 * layer, already drawn, instead of drawing every card and line again (most of a pan's raster).
 * The layer goes when the move ends: kept through a zoom, its text would stay blurred, drawn at
 * the scale before.
 */
export function useViewportLayerWhileDragged(): {
  onDragStart: OnMoveStart;
  onMoveEnd: OnMoveEnd;
} {
  const flow = useStoreApi();
  const onDragStart = useCallback<OnMoveStart>(
    (event) => {
      if (event === null || !DRAG_STARTS.has(event.type)) return;
      const { domNode, nodeLookup } = flow.getState();
      if (nodeLookup.size >= MANY_NODES) domNode?.setAttribute('data-pane-dragged', 'true');
    },
    [flow],
  );
  const onMoveEnd = useCallback<OnMoveEnd>(() => {
    flow.getState().domNode?.removeAttribute('data-pane-dragged');
  }, [flow]);
  return { onDragStart, onMoveEnd };
}
