import { useEffect } from 'react';
import { useEditorApi } from '../../store';
import { isTextEntry } from '../shortcuts';
import { lessonKeyFor } from './lessonKeys';

/** A focused canvas node moves with the arrow keys (React Flow): leave them to it. */
function isCanvasNode(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.react-flow__node') !== null;
}

/** The lesson's keys on the whole page (see `lessonKeys.ts`). */
export function useLessonKeys(): void {
  const api = useEditorApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextEntry(e.target)) return;
      const state = api.getState();
      if (state.dialog !== null) return;
      const action = lessonKeyFor(e);
      if (action === null) return;
      if (action === 'present') {
        e.preventDefault();
        state.setPresenting(!state.presenting);
        return;
      }
      const session = state.lessonSession;
      if (session === null) return;
      if (e.key.startsWith('Arrow') && isCanvasNode(e.target)) return;
      e.preventDefault();
      state.lessonStep(session.stepIndex + (action === 'next' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [api]);
}
