/**
 * The lesson "Save as lesson file" writes during a lesson, and the one "Edit
 * this lesson" opens in the Lesson editor: the open lesson with the current
 * design as its current step (so a trainer can change a built-in lesson's
 * design and keep it).
 */
import type { Lesson } from '../../workshop';
import type { Doc } from '../../model';
import type { LessonSession } from '../../store';

export function lessonDraft(session: LessonSession, doc: Doc): Lesson {
  const { lesson, stepIndex } = session;
  const steps = lesson.steps.map((step, i) => (i === stepIndex ? { ...step, doc } : step));
  return { ...lesson, steps };
}
