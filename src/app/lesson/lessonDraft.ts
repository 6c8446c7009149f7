/**
 * The lesson "Save as lesson file" writes: the open lesson with the current
 * design as its current step (so a trainer can change a built-in lesson's
 * design and keep it), or, outside a lesson, a one-step lesson of the current
 * design for the trainer to fill in.
 */
import type { Lesson } from '../../workshop';
import type { Doc } from '../../model';
import type { LessonSession } from '../../store';

export const NEW_LESSON_ID = 'my-lesson';

export function lessonDraft(session: LessonSession | null, doc: Doc): Lesson {
  if (session === null) {
    return {
      id: NEW_LESSON_ID,
      title: 'My lesson',
      summary: 'What this lesson shows, in one sentence.',
      steps: [
        {
          title: 'The design',
          text: 'Say in two or three sentences what this step shows and why.',
          doc,
          focus: {},
        },
      ],
    };
  }
  const { lesson, stepIndex } = session;
  const steps = lesson.steps.map((step, i) => (i === stepIndex ? { ...step, doc } : step));
  return { ...lesson, steps };
}
