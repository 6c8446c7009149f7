/**
 * The lessons that ship with the app, in menu order. A lesson's documents are
 * parsed when it is first opened, then kept.
 */
import type { Lesson, LessonSource } from '../lesson';
import { NAMESPACES_LESSON } from './namespaces';
import { OUTSIDE_LESSON } from './outside';
import { RECIPES_LESSON } from './recipes';
import { THREE_TIERS_LESSON } from './threeTiers';

const SOURCES: readonly LessonSource[] = [
  THREE_TIERS_LESSON,
  NAMESPACES_LESSON,
  OUTSIDE_LESSON,
  RECIPES_LESSON,
];

/** For the menu: id, title and summary of each built-in lesson, without building its steps. */
export const BUILT_IN_LESSONS: readonly Pick<Lesson, 'id' | 'title' | 'summary'>[] = SOURCES.map(
  ({ id, title, summary }) => ({ id, title, summary }),
);

const built = new Map<string, Lesson>();

/** The built-in lesson `id`, or null when there is none. */
export function builtInLesson(id: string): Lesson | null {
  const cached = built.get(id);
  if (cached !== undefined) return cached;
  const source = SOURCES.find((s) => s.id === id);
  if (source === undefined) return null;
  const { title, summary } = source;
  const lesson: Lesson = { id, title, summary, steps: source.steps() };
  built.set(id, lesson);
  return lesson;
}
