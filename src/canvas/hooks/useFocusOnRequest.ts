import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { focusPaddingOf } from '../fitPadding';
import { NAMES_BELOW } from '../zoomBand';
import { useReducedMotion } from '../walk/useReducedMotion';

const selectFocusRequest = (s: EditorState) => s.focusRequest;
const selectPresenting = (s: EditorState) => s.presenting;

/** Never closer than the design's normal size, and one node fills no more than that. */
const FOCUS_MAX_ZOOM = 1;
/**
 * Never so far out that only names are left (below, cards lose their ports and labels): in the
 * compact band names are drawn larger, so the two ends of a line across a large design, or a
 * policy's pods in two boxes, still fit in view with their names readable.
 */
const FOCUS_MIN_ZOOM = NAMES_BELOW;

/**
 * Moves the camera to the nodes the store asks for (Find, "Show" on a
 * finding, a Traffic row or a matrix cell), at a zoom where their names can
 * be read, then tells the store it is done. While `waiting` (for the
 * automatic layout, after a collapsed namespace opened), the move waits.
 */
export function useFocusOnRequest(waiting = false): void {
  const request = useEditorStore(selectFocusRequest);
  // Presented, the room keeps clear only of what is on screen over the canvas (no minimap).
  const padding = focusPaddingOf(useEditorStore(selectPresenting));
  const { fitView } = useReactFlow();
  const store = useEditorApi();
  const reduced = useReducedMotion();
  useEffect(() => {
    if (request === null || waiting) return;
    const frame = requestAnimationFrame(() => {
      void fitView({
        nodes: request.ids.map((id) => ({ id })),
        padding,
        maxZoom: FOCUS_MAX_ZOOM,
        minZoom: FOCUS_MIN_ZOOM,
        duration: reduced ? 0 : 250,
      }).then(() => {
        store.getState().focusDone(request.seq);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [request, waiting, fitView, store, reduced, padding]);
}
