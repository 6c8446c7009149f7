/**
 * When "what changed" marks a new document: the connections an edit flipped
 * are marked, but a lesson that opens or closes, or a step that stands alone
 * (a recipe of its own), is not an edit of the design before it.
 */
import type { LessonSession } from '../store';

/**
 * Whether a change of document from the one of `before` to the one of `after`
 * (steps, or null outside a lesson) is marked: not when a lesson opens or
 * closes (the two designs are not one edited into the other), nor when a step
 * that stands alone opens; always within one step or outside lessons.
 */
export function changeIsMarked(before: LessonStepKey | null, after: LessonStepKey | null): boolean {
  if (before === null || after === null) return before === after;
  if (before.session !== after.session) return false;
  return before.step === after.step || !after.standsAlone;
}

/** Which step of which lesson session a document belongs to. */
export interface LessonStepKey {
  /** The lesson shown. */
  readonly session: object;
  readonly step: number;
  readonly standsAlone: boolean;
}

/** The step a session shows, or null outside a lesson. */
export function stepKeyOf(session: LessonSession | null): LessonStepKey | null {
  if (session === null) return null;
  const step = session.lesson.steps[session.stepIndex];
  return {
    session: session.lesson,
    step: session.stepIndex,
    standsAlone: step?.standsAlone === true,
  };
}
