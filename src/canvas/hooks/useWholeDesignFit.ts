import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { designBounds } from '../designBounds';
import { fitOptionsOf } from '../fitPadding';
import { MIN_ZOOM_FLOOR } from '../minZoom';
import type { CanvasNode } from '../reactFlowTypes';
import type { CameraAim } from './useCameraAim';

/**
 * The whole-design fit of the mode (`fitOptionsOf`): framed by where the
 * design's top-level `nodes` lie (`designBounds`), not by the cards React
 * Flow holds, so a large design arriving in parts is framed before its cards.
 * Frames every node of the design in the canvas's size now, and tells `aim`
 * (which makes it again when the canvas changes size).
 */
export function useWholeDesignFit(
  nodes: readonly CanvasNode[],
  presenting: boolean,
  aim: CameraAim,
): () => void {
  const flow = useStoreApi();
  const { fitView, setViewport } = useReactFlow();
  const framed = useRef(nodes);
  framed.current = nodes;
  const fit = useCallback(() => {
    const options = fitOptionsOf(presenting);
    const { width, height } = flow.getState();
    const bounds = designBounds(framed.current);
    if (bounds === null || width === 0 || height === 0) {
      aim.forget();
      void fitView(options);
      return;
    }
    const { padding, maxZoom } = options;
    const view = getViewportForBounds(bounds, width, height, MIN_ZOOM_FLOOR, maxZoom, padding);
    aim.aimed(view, fit);
    void setViewport(view);
  }, [presenting, flow, fitView, setViewport, aim]);
  return fit;
}
