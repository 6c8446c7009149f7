import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectFitRequest = (s: EditorState) => s.fitRequest;

/** Fits the whole design in view whenever the store asks (after an import or an example). */
export function useFitOnRequest(): void {
  const request = useEditorStore(selectFitRequest);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (request === 0) return;
    const frame = requestAnimationFrame(() => {
      void fitView({ padding: 0.15, maxZoom: 1 });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [request, fitView]);
}
