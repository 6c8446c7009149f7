/**
 * Opening a lesson by URL: `?lesson=<id>&step=<n>`, steps counted from 1 as
 * the screen shows them. A missing step means the first; anything else that is
 * not a lesson id or a step number makes the link mean nothing (null), so the
 * app opens as if there were no lesson in it.
 */
import type { Lesson } from './lesson';
import { lessonIdIsValid } from './lesson';

export interface LessonRef {
  readonly lesson: string;
  /** 1-based. */
  readonly step: number;
}

/** Steps above this are certainly a typo, and keep the number a safe integer. */
const MAX_STEP = 10_000;
const STEP = /^[1-9][0-9]{0,4}$/;

/** The first value of each query parameter (`a=1&a=2` gives `1`, as URLSearchParams.get does). */
function queryOf(search: string): Map<string, string> {
  const query = new Map<string, string>();
  const text = search.startsWith('?') ? search.slice(1) : search;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const rawKey = equals < 0 ? part : part.slice(0, equals);
    const rawValue = equals < 0 ? '' : part.slice(equals + 1);
    const key = decoded(rawKey);
    const value = decoded(rawValue);
    if (key === null || value === null || query.has(key)) continue;
    query.set(key, value);
  }
  return query;
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/** The lesson and step a query string (`location.search`) names, or null. */
export function lessonUrlParse(search: string): LessonRef | null {
  const query = queryOf(search);
  const lesson = query.get('lesson');
  if (lesson === undefined || !lessonIdIsValid(lesson)) return null;
  const step = query.get('step');
  if (step === undefined) return { lesson, step: 1 };
  if (!STEP.test(step) || Number(step) > MAX_STEP) return null;
  return { lesson, step: Number(step) };
}

/**
 * `search` with `lesson` and `step` set to `ref` (after the other parameters,
 * which are kept as written): `?e2e&lesson=three-tiers&step=2`.
 */
export function lessonUrlFormat(ref: LessonRef, search = ''): string {
  if (!lessonIdIsValid(ref.lesson)) throw new Error(`not a lesson id: ${ref.lesson}`);
  if (!Number.isInteger(ref.step) || ref.step < 1 || ref.step > MAX_STEP) {
    throw new Error(`not a step number: ${ref.step}`);
  }
  const text = search.startsWith('?') ? search.slice(1) : search;
  const kept = text.split('&').filter((part) => {
    const key = decoded(part.split('=')[0] ?? '');
    return part !== '' && key !== 'lesson' && key !== 'step';
  });
  return `?${[...kept, `lesson=${ref.lesson}`, `step=${ref.step}`].join('&')}`;
}

/** The lesson of `ref` among `lessons` and its step index (0-based), or null when either is not there. */
export function lessonRefResolve(
  ref: LessonRef,
  lessons: (id: string) => Lesson | null,
): { lesson: Lesson; stepIndex: number } | null {
  const lesson = lessons(ref.lesson);
  if (lesson === null || ref.step > lesson.steps.length) return null;
  return { lesson, stepIndex: ref.step - 1 };
}
