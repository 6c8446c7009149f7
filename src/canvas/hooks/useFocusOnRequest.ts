import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { FOCUS_MAX_ZOOM, FOCUS_MIN_ZOOM, focusPaddingOf } from '../fitPadding';
import { useReducedMotion } from '../walk/useReducedMotion';
import type { CameraAim } from './useCameraAim';

const selectFocusRequest = (s: EditorState) => s.focusRequest;
const selectPresenting = (s: EditorState) => s.presenting;

/**
 * Moves the camera to the nodes the store asks for (Find, "Show" on a
 * finding, a Traffic row or a matrix cell), at a zoom where their names can
 * be read, then tells the store it is done. While `waiting` (for the
 * automatic layout, after a collapsed namespace opened), the move waits.
 * The move is aimed at the canvas's size when it ends (one that changed on
 * the way is framed again at once), and told to `aim`, which makes it again
 * when the canvas changes size later.
 */
export function useFocusOnRequest(aim: CameraAim, waiting = false): void {
  const request = useEditorStore(selectFocusRequest);
  // Presented, the room keeps clear only of what is on screen over the canvas (no minimap).
  const padding = focusPaddingOf(useEditorStore(selectPresenting));
  const { fitView, getViewport } = useReactFlow();
  const flow = useStoreApi();
  const store = useEditorApi();
  const reduced = useReducedMotion();
  useEffect(() => {
    if (request === null || waiting) return;
    const options = {
      nodes: request.ids.map((id) => ({ id })),
      padding,
      maxZoom: FOCUS_MAX_ZOOM,
      minZoom: FOCUS_MIN_ZOOM,
    };
    const sizeNow = () => {
      const { width, height } = flow.getState();
      return `${width}x${height}`;
    };
    /** Moves the camera, then remembers the move, aimed for the canvas's size it ends in. */
    const move = async (duration: number): Promise<void> => {
      const size = sizeNow();
      await fitView({ ...options, duration });
      if (sizeNow() !== size) {
        await move(0);
        return;
      }
      aim.aimed(getViewport(), () => void move(0));
    };
    const frame = requestAnimationFrame(() => {
      void move(reduced ? 0 : 250).then(() => {
        store.getState().focusDone(request.seq);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [request, waiting, fitView, getViewport, flow, store, reduced, padding, aim]);
}
