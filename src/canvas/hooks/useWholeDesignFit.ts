import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import { designBounds } from '../designBounds';
import { fitOptionsOf } from '../fitPadding';
import type { Viewport } from '../lessonCamera';
import { MIN_ZOOM_FLOOR } from '../minZoom';
import type { CanvasNode } from '../reactFlowTypes';

/** Screen pixels (and zoom steps) within which the camera still is where a fit put it. */
const SAME_PLACE = 0.5;
const SAME_ZOOM = 1e-4;

function samePlace(a: Viewport, b: Viewport): boolean {
  return (
    Math.abs(a.x - b.x) <= SAME_PLACE &&
    Math.abs(a.y - b.y) <= SAME_PLACE &&
    Math.abs(a.zoom - b.zoom) <= SAME_ZOOM
  );
}

export interface WholeDesignFit {
  /** Frames every node of the design, by where `nodes` lie, in the canvas's size now. */
  readonly fit: () => void;
  /** Forgets the last fit: another camera (a lesson's) has moved the view. */
  readonly forget: () => void;
  /** Whether the camera is still where the last fit put it (no pan, zoom or other move since). */
  readonly stillFitted: () => boolean;
}

/**
 * The whole-design fit of the mode (`fitOptionsOf`): framed by where the
 * design's top-level `nodes` lie (`designBounds`), not by the cards React
 * Flow holds, so a large design arriving in parts is framed before its cards.
 */
export function useWholeDesignFit(
  nodes: readonly CanvasNode[],
  presenting: boolean,
): WholeDesignFit {
  const flow = useStoreApi();
  const { fitView, getViewport, setViewport } = useReactFlow();
  const framed = useRef(nodes);
  framed.current = nodes;
  const last = useRef<Viewport | null>(null);
  const fit = useCallback(() => {
    const options = fitOptionsOf(presenting);
    const { width, height } = flow.getState();
    const bounds = designBounds(framed.current);
    if (bounds === null || width === 0 || height === 0) {
      last.current = null;
      void fitView(options);
      return;
    }
    const { padding, maxZoom } = options;
    const view = getViewportForBounds(bounds, width, height, MIN_ZOOM_FLOOR, maxZoom, padding);
    last.current = view;
    void setViewport(view);
  }, [presenting, flow, fitView, setViewport]);
  return useMemo(
    () => ({
      fit,
      forget: () => {
        last.current = null;
      },
      stillFitted: () => last.current !== null && samePlace(last.current, getViewport()),
    }),
    [fit, getViewport],
  );
}
