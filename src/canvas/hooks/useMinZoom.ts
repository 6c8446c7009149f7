import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';
import { cameraInsetsOf } from '../fitPadding';
import { minZoomFor } from '../minZoom';
import type { CanvasNode } from '../reactFlowTypes';

const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;

/** The canvas's smallest zoom for these nodes in its size now (`minZoomFor`). */
export function useMinZoom(nodes: readonly CanvasNode[], presenting: boolean): number {
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  return useMemo(
    () => minZoomFor(nodes, { width, height }, cameraInsetsOf(presenting)),
    [nodes, width, height, presenting],
  );
}
