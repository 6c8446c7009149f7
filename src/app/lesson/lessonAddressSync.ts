/**
 * The lesson in the address: `?lesson=<id>&step=<n>` opens a built-in lesson
 * at that step when the page loads, and while a built-in lesson is open the
 * address follows its step (`history.replaceState`, so Back leaves the page
 * as before), so that a student can open the trainer's link at the same step.
 */
import { builtInLesson, lessonRefResolve, lessonUrlFormat, lessonUrlParse } from '../../workshop';
import type { EditorStore } from '../../store';

/** Opens the lesson the address names, if it names one; returns whether it did. */
export function lessonOpenFromUrl(store: EditorStore, search: string): boolean {
  const ref = lessonUrlParse(search);
  if (ref === null) return false;
  const found = lessonRefResolve(ref, builtInLesson);
  if (found === null) {
    store
      .getState()
      .notify({ tone: 'error', text: `No lesson “${ref.lesson}” at step ${ref.step}.` });
    return false;
  }
  store.getState().openLesson(found.lesson, { stepIndex: found.stepIndex, builtIn: true });
  return true;
}

/** `search` without `lesson` and `step`. */
export function searchWithoutLesson(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('lesson');
  params.delete('step');
  const rest = params.toString().replace(/=(?=&|$)/g, '');
  return rest === '' ? '' : `?${rest}`;
}

/** The address for the store's lesson state, from the current `search`. */
export function lessonSearch(store: EditorStore, search: string): string {
  const session = store.getState().lessonSession;
  if (session === null || !session.builtIn) return searchWithoutLesson(search);
  return lessonUrlFormat({ lesson: session.lesson.id, step: session.stepIndex + 1 }, search);
}

/** Keeps the address on the open lesson's step; returns the unsubscribe. */
export function startLessonUrlSync(store: EditorStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.lessonSession === previous.lessonSession) return;
    const search = lessonSearch(store, window.location.search);
    if (search === window.location.search) return;
    window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  });
}
