import type { LessonProblem, LessonStep } from '../../../workshop';

/** What each part of the step form gets: the step, where it is, and the lesson's problems. */
export interface StepPartProps {
  readonly index: number;
  readonly step: LessonStep;
  readonly problems: readonly LessonProblem[];
}
