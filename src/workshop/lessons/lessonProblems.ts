/**
 * What keeps a lesson being written in the app from being saved as a lesson
 * file that opens again: the same rules `lessonFileParse` applies, each
 * problem with the field it is about (`title`, `steps[1].text`,
 * `steps[0].focus`, `steps[0].policy`, `steps[0].expect`), so the editor shows it beside
 * that field. A claim must hold: a lesson cannot say what the canvas contradicts.
 */
import type { Lesson, LessonStep } from './lesson';
import { lessonIdIsValid } from './lesson';
import { lessonEndpointOf, lessonNodeOf } from './lessonEndpoint';
import { lessonPolicyOf } from './lessonPolicy';
import { claimResults, claimText } from './lessonClaims';

export interface LessonProblem {
  /** `id`, `title`, `steps`, or `steps[<i>].title` / `.text` / `.focus`. */
  readonly field: string;
  readonly message: string;
}

function stepProblems(step: LessonStep, index: number): LessonProblem[] {
  const at = (name: string) => `steps[${index}].${name}`;
  const problems: LessonProblem[] = [];
  if (step.title.trim() === '')
    problems.push({ field: at('title'), message: 'Give the step a title.' });
  if (step.text.trim() === '') {
    problems.push({
      field: at('text'),
      message: 'Say what this step shows, in a sentence or two.',
    });
  }
  for (const node of step.focus.nodes ?? []) {
    if (lessonNodeOf(step.doc, node) === null) {
      problems.push({ field: at('focus'), message: `“${node}” is not in this step’s design.` });
    }
  }
  const { policy } = step;
  if (policy !== undefined && lessonPolicyOf(step.doc, policy.name) === undefined) {
    problems.push({
      field: at('policy'),
      message: `“${policy.name}” is not a policy of this step’s design.`,
    });
  }
  const { connection } = step.focus;
  for (const end of connection === undefined ? [] : [connection.from, connection.to]) {
    if (lessonEndpointOf(step.doc, end) === null) {
      problems.push({
        field: at('focus'),
        message: `The connection's end “${end}” is not a workload or an address of this step’s design.`,
      });
    }
  }
  for (const result of claimResults(step)) {
    if (result.holds) continue;
    const message =
      'unknownEnd' in result
        ? `The claim’s end “${result.unknownEnd}” is not a workload or an address of this step’s design.`
        : `The claim “${claimText(result.claim)}” does not hold: the canvas shows it ${result.claim.allowed ? 'blocked' : 'allowed'}.`;
    problems.push({ field: at('expect'), message });
  }
  return problems;
}

export function lessonProblems(lesson: Lesson): LessonProblem[] {
  const problems: LessonProblem[] = [];
  if (!lessonIdIsValid(lesson.id)) {
    problems.push({
      field: 'id',
      message:
        'Lowercase letters, digits and dashes (at most 63), starting and ending with a letter or digit.',
    });
  }
  if (lesson.title.trim() === '')
    problems.push({ field: 'title', message: 'Give the lesson a title.' });
  if (lesson.steps.length === 0) {
    problems.push({ field: 'steps', message: 'Add a step: it keeps the design as it is now.' });
  }
  return [...problems, ...lesson.steps.flatMap(stepProblems)];
}

/** The problems about `field`, as one sentence each (empty when there are none). */
export function lessonProblemsOf(problems: readonly LessonProblem[], field: string): string[] {
  return problems.filter((p) => p.field === field).map((p) => p.message);
}
