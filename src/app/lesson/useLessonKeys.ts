import { useLayoutEffect } from 'react';
import { lessonRevealBeats } from '../../workshop';
import { selectLessonStep, selectWalkPlan, useEditorApi } from '../../store';
import { isTextEntry } from '../shortcuts';
import { lessonKeyFor, presenterMove } from './lessonKeys';
import { presentingRoomNow } from './usePresentingRoom';

/**
 * A focused canvas node moves with the arrow keys (React Flow), a focused place of the Matrix's
 * grid too: leave them to it. (The clicker's Page Up, Page Down and Space stay the lesson's.)
 */
function ownsArrows(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.react-flow__node, [role="grid"]') !== null;
}

/** Space presses a focused button or ticks a box: leave it to them. */
function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('button, a, [role="button"], summary') !== null
  );
}

/**
 * The presenter's keys on the whole page: walk stops, lesson steps (see `lessonKeys.ts`).
 * Listening from a layout effect, so a key pressed as soon as the page shows is not missed
 * (a passive effect can run well after the first paint on a busy machine).
 */
export function useLessonKeys(): void {
  const api = useEditorApi();
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextEntry(e.target)) return;
      const state = api.getState();
      if (state.dialog !== null || state.handout !== null) return;
      const action = lessonKeyFor(e);
      if (action === null) return;
      if (action === 'present') {
        e.preventDefault();
        state.setPresenting(!state.presenting);
        return;
      }
      if (action === 'laser') {
        if (!state.presenting) return;
        e.preventDefault();
        state.setLaser(!state.laser);
        return;
      }
      if (action === 'panel' || action === 'text') {
        if (!state.presenting || (action === 'text' && state.lessonSession === null)) return;
        e.preventDefault();
        const shown = presentingRoomNow(state);
        state.setPresentingRoom(
          action === 'panel' ? { panel: !shown.panel } : { text: !shown.text },
        );
        return;
      }
      if (action === 'matrix') {
        e.preventDefault();
        state.showView(state.view === 'matrix' ? 'canvas' : 'matrix');
        return;
      }
      if (action === 'reveal') {
        if (state.lessonSession === null) return;
        e.preventDefault();
        state.setRevealing(!state.revealing);
        return;
      }
      if (e.key.startsWith('Arrow') && ownsArrows(e.target)) return;
      if (e.key === ' ' && isControl(e.target)) return;
      const session = state.lessonSession;
      const plan = selectWalkPlan(state);
      const step = selectLessonStep(state);
      const lines = step === null ? 0 : lessonRevealBeats(step);
      const move = presenterMove(action, {
        walk: plan === null ? null : { stop: state.walkStop, stops: plan.stops.length },
        lesson:
          session === null ? null : { step: session.stepIndex, steps: session.lesson.steps.length },
        reveal: state.revealing ? { shown: state.revealed, lines } : null,
      });
      if (move === null) return;
      e.preventDefault();
      switch (move.kind) {
        case 'walkStop':
          state.setWalkStop(move.stop);
          break;
        case 'revealLines':
          state.setRevealed(move.lines);
          break;
        case 'lessonStep': {
          state.lessonStep(move.step);
          const shown = api.getState();
          const next = selectLessonStep(shown);
          const all = next === null ? 1 : lessonRevealBeats(next);
          if (move.revealed === 'all') shown.setRevealed(all);
          break;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [api]);
}
