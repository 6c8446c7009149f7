import { useEffect } from 'react';
import { selectWalkPlan, useEditorApi } from '../../store';
import { isTextEntry } from '../shortcuts';
import { lessonKeyFor, presenterMove } from './lessonKeys';

/** A focused canvas node moves with the arrow keys (React Flow): leave them to it. */
function isCanvasNode(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.react-flow__node') !== null;
}

/** Space presses a focused button or ticks a box: leave it to them. */
function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('button, a, [role="button"], summary') !== null
  );
}

/** The presenter's keys on the whole page: walk stops, lesson steps (see `lessonKeys.ts`). */
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
      if (e.key.startsWith('Arrow') && isCanvasNode(e.target)) return;
      if (e.key === ' ' && isControl(e.target)) return;
      const session = state.lessonSession;
      const plan = selectWalkPlan(state);
      const move = presenterMove(action, {
        walk: plan === null ? null : { stop: state.walkStop, stops: plan.stops.length },
        lesson:
          session === null ? null : { step: session.stepIndex, steps: session.lesson.steps.length },
      });
      if (move === null) return;
      e.preventDefault();
      if (move.kind === 'walkStop') state.setWalkStop(move.stop);
      else state.lessonStep(move.step);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [api]);
}
