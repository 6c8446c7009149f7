import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { largeLabelsOf, namesBandLabelsOf, zoomBandOf } from '../zoomBand';
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

const selectNamesLabels = (s: ReactFlowState): boolean => namesBandLabelsOf(selectZoom(s), true);
const never = (): boolean => false;

/** Whether the lines' labels are drawn in the names band at the zoom (`namesBandLabelsOf`). */
export function useNamesBandLabels(): boolean {
  const presenting = useEditorStore(selectPresenting);
  return useStore(presenting ? selectNamesLabels : never);
}

const selectLargeLabels = (s: ReactFlowState): boolean => largeLabelsOf(selectZoom(s), false);

/** Whether the lines' labels are drawn 15 px at the zoom, at the desk (`largeLabelsOf`). */
export function useLargeLabels(): boolean {
  const presenting = useEditorStore(selectPresenting);
  return useStore(presenting ? never : selectLargeLabels);
}
