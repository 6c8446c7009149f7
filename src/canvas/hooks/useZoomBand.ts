import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { zoomBandOf } from '../zoomBand';
import type { ZoomBand } from '../zoomBand';

const selectZoom = (s: ReactFlowState): number => s.transform[2];
const selectPresenting = (s: EditorState) => s.presenting;

/** The band, not the zoom: a component using it re-renders only when the band changes. */
const selectBand = (s: ReactFlowState): ZoomBand => zoomBandOf(selectZoom(s));
const selectPresentingBand = (s: ReactFlowState): ZoomBand => zoomBandOf(selectZoom(s), true);

/** The level of detail of the canvas at its zoom, in presentation mode or not (`zoomBand.ts`). */
export function useZoomBand(): ZoomBand {
  const presenting = useEditorStore(selectPresenting);
  return useStore(presenting ? selectPresentingBand : selectBand);
}
