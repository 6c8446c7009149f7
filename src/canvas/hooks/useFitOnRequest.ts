import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { selectLessonViewNodes, useEditorApi, useEditorStore } from '../../store';
import { FIT_PADDING } from '../fitPadding';
import type { EditorState } from '../../store';

const selectFitRequest = (s: EditorState) => s.fitRequest;
const selectPresenting = (s: EditorState) => s.presenting;

/**
 * Fits the whole design in view whenever the store asks (after an import or an
 * example); in a lesson, the nodes the step talks about. While `waiting` (for
 * the automatic layout), the fit waits, and happens when the layout lands.
 */
export function useFitOnRequest(waiting = false): void {
  const request = useEditorStore(selectFitRequest);
  /** In presentation mode a small design is drawn larger, for the back of the room. */
  const maxZoom = useEditorStore(selectPresenting) ? 1.6 : 1;
  const { fitView } = useReactFlow();
  const store = useEditorApi();
  useEffect(() => {
    if (request === 0 || waiting) return;
    const frame = requestAnimationFrame(() => {
      const lesson = selectLessonViewNodes(store.getState());
      const nodes = lesson.length > 0 ? { nodes: lesson.map((id) => ({ id })) } : {};
      void fitView({ padding: FIT_PADDING, maxZoom, ...nodes });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [request, waiting, fitView, maxZoom, store]);
}
