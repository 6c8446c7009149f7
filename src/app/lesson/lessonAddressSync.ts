/**
 * The lesson in the address: `?lesson=<id>&step=<n>` opens that lesson at
 * that step when the page loads, and while a lesson is open the address
 * follows its step (`history.replaceState`, so Back leaves the page as
 * before), so that a reload keeps the step and a student can open the
 * trainer's link at the same step. A built-in lesson opens anywhere; a
 * trainer's own lesson (`own`, kept in this browser by `startLessonKeep`, or
 * carried by a design link) only in the browser that ran it or with the link.
 */
import type { Lesson } from '../../workshop';
import {
  builtInLesson,
  lessonIdIsValid,
  lessonRefResolve,
  lessonUrlFormat,
  lessonUrlParse,
} from '../../workshop';
import type { EditorStore } from '../../store';

/**
 * Opens the lesson the address names, if it names one: the trainer's own
 * lesson kept in this browser when its id is that, else a built-in one.
 * Returns whether it did.
 */
export function lessonOpenFromUrl(
  store: EditorStore,
  search: string,
  own: Lesson | null = null,
): boolean {
  const ref = lessonUrlParse(search);
  if (ref === null) return false;
  const isOwn = own !== null && own.id === ref.lesson;
  const found = lessonRefResolve(ref, (id) => (isOwn ? own : builtInLesson(id)));
  if (found === null) {
    const text =
      `No lesson “${ref.lesson}” at step ${ref.step} here. A lesson of your own opens by its ` +
      'address only in the browser that ran it: share it with Copy link, or its lesson file.';
    store.getState().notify({ tone: 'error', text });
    return false;
  }
  store.getState().openLesson(found.lesson, { stepIndex: found.stepIndex, builtIn: !isOwn });
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
  if (session === null || !lessonIdIsValid(session.lesson.id)) return searchWithoutLesson(search);
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
