import { useStore, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';
import { cameraInsetsOf } from '../fitPadding';
import { minZoomFor } from '../minZoom';
import type { CanvasNode } from '../reactFlowTypes';

const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;

/**
 * The canvas's smallest zoom for these nodes in its size now (`minZoomFor`),
 * never above the zoom the camera is at when it is worked out: a window made
 * larger, or a far card moved back, after a fit that needed a smaller zoom
 * must not turn the next zoom-out into a jump in. Read, not watched: a pan or
 * zoom renders nothing here.
 */
export function useMinZoom(nodes: readonly CanvasNode[], presenting: boolean): number {
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const flow = useStoreApi();
  return useMemo(() => {
    const least = minZoomFor(nodes, { width, height }, cameraInsetsOf(presenting));
    const [, , zoom] = flow.getState().transform;
    return zoom > 0 ? Math.min(least, zoom) : least;
  }, [nodes, width, height, presenting, flow]);
}
