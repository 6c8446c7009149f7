import { useStoreApi } from '@xyflow/react';
import type { OnMoveStart } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';

/** The events with which React Flow starts a pan by dragging the pane (a wheel zooms). */
const DRAG_STARTS = new Set(['mousedown', 'touchstart', 'pointerdown']);
/**
 * The nodes drawn from which a pan pays for a layer: the expanded 1,000-workload design (1,064)
 * rasters about 3 s at each pan without one. With few (the same design as opened, 50 boxes) the
 * layer saved nothing, and making it at the drag's start cost the page frames on a busy machine.
 */
const MANY_NODES = 500;
/** The canvas root's attribute while the viewport is the pan's layer (`canvas.css`). */
export const PAN_LAYER_ATTRIBUTE = 'data-pan-layer';

/**
 * From the moment the user drags the pane of a large design, the viewport is a layer of its own
 * (`canvas.css`): each move of the pan moves that layer, already drawn, instead of drawing every
 * card and line again (most of a pan's raster). The layer stays once the drag ends, until the
 * zoom changes: kept through a zoom, its text would stay blurred, drawn at the scale before. Had
 * it gone at the drag's end, the whole design would be drawn again there, and the page shows no
 * frame until that is done: a card clicked just after a pan waited 0.2–0.5 s for its Inspector.
 */
export function usePanLayer(): OnMoveStart {
  const flow = useStoreApi();
  /** The zoom at which the layer was drawn (null: no layer). */
  const drawnAt = useRef<number | null>(null);
  useEffect(
    () =>
      flow.subscribe(({ transform, domNode }) => {
        if (drawnAt.current === null || transform[2] === drawnAt.current) return;
        drawnAt.current = null;
        domNode?.removeAttribute(PAN_LAYER_ATTRIBUTE);
      }),
    [flow],
  );
  return useCallback<OnMoveStart>(
    (event, viewport) => {
      if (event === null || !DRAG_STARTS.has(event.type)) return;
      const { domNode, nodeLookup } = flow.getState();
      if (nodeLookup.size < MANY_NODES || domNode === null) return;
      drawnAt.current = viewport.zoom;
      domNode.setAttribute(PAN_LAYER_ATTRIBUTE, 'true');
    },
    [flow],
  );
}
