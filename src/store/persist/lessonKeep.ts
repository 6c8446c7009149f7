/**
 * Lessons kept in the browser's design store (IndexedDB) so that a reload
 * keeps them: the lesson being written in the Lesson editor, and the
 * trainer's own lesson that is open (a built-in lesson needs nothing kept:
 * its address names it). The open lesson is found again by the id in the
 * address (`?lesson=<id>&step=<n>`); on another browser that address finds
 * nothing, and the trainer shares the lesson file instead.
 */
import type { Lesson } from '../../workshop';
import type { EditorStore } from '../createEditorStore';
import type { DesignStore } from './designStore';
import { storageErrorText } from './designStore';
import { decodeLessonEntry, encodeLessonEntry } from './lessonEntry';

export const OPEN_LESSON_KEY = 'netpol-canvas.lesson-open';
export const AUTHORING_LESSON_KEY = 'netpol-canvas.lesson-authoring';

/** Writes after this many ms without another change (the editor changes on every key). */
const SAVE_IDLE_MS = 200;

export interface KeptLessons {
  readonly open: Lesson | null;
  readonly authoring: Lesson | null;
  /** Why a kept lesson could not be read, for the status line. */
  readonly problems: readonly string[];
}

async function keptLesson(designs: DesignStore, key: string, what: string, problems: string[]) {
  try {
    const text = await designs.get(key);
    if (text === undefined) return null;
    const decoded = decodeLessonEntry(text);
    if (decoded.ok) return decoded.lesson;
    problems.push(`The ${what} kept in this browser could not be read: ${decoded.reason}.`);
  } catch (error) {
    problems.push(
      `The ${what} kept in this browser could not be read: ${storageErrorText(error)}.`,
    );
  }
  return null;
}

export async function loadKeptLessons(designs: DesignStore): Promise<KeptLessons> {
  const problems: string[] = [];
  const open = await keptLesson(designs, OPEN_LESSON_KEY, 'open lesson', problems);
  const authoring = await keptLesson(
    designs,
    AUTHORING_LESSON_KEY,
    'lesson being written',
    problems,
  );
  return { open, authoring, problems };
}

/** Keeps the lessons as they change; returns the unsubscribe. A failed write is shown. */
export function startLessonKeep(store: EditorStore, designs: DesignStore): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const keep = (key: string, lesson: Lesson | null) => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        const write =
          lesson === null ? designs.del(key) : designs.set(key, encodeLessonEntry(lesson));
        write.catch((error: unknown) => {
          const text = `This browser did not keep the lesson for a reload: ${storageErrorText(error)}.`;
          store.getState().notify({ tone: 'error', text });
        });
      }, SAVE_IDLE_MS),
    );
  };
  const ownOpen = (session: ReturnType<EditorStore['getState']>['lessonSession']) =>
    session === null || session.builtIn ? null : session.lesson;
  const unsubscribe = store.subscribe((state, previous) => {
    const open = ownOpen(state.lessonSession);
    if (open !== ownOpen(previous.lessonSession)) keep(OPEN_LESSON_KEY, open);
    if (state.authoring !== previous.authoring) keep(AUTHORING_LESSON_KEY, state.authoring);
  });
  return () => {
    unsubscribe();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
