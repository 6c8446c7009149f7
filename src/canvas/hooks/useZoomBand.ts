import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { zoomBandOf } from '../zoomBand';
import type { ZoomBand } from '../zoomBand';

/** The band, not the zoom: a component using it re-renders only when the band changes. */
const selectZoomBand = (s: ReactFlowState): ZoomBand => zoomBandOf(s.transform[2]);

/** The level of detail of the canvas at its zoom (`zoomBand.ts`). */
export function useZoomBand(): ZoomBand {
  return useStore(selectZoomBand);
}
