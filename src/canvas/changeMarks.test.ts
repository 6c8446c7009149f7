import { describe, expect, it } from 'vitest';
import { changeIsMarked } from './changeMarks';
import type { LessonStepKey } from './changeMarks';

const lesson = {};
const other = {};
const step = (index: number, standsAlone = false): LessonStepKey => ({
  session: lesson,
  step: index,
  standsAlone,
});

describe('what changed is marked', () => {
  it('after an edit outside lessons, and after an edit within a step', () => {
    expect(changeIsMarked(null, null)).toBe(true);
    expect(changeIsMarked(step(2), step(2))).toBe(true);
    expect(changeIsMarked(step(2, true), step(2, true))).toBe(true);
  });

  it('when the next step changes the design of the step before', () => {
    expect(changeIsMarked(step(2), step(3))).toBe(true);
    expect(changeIsMarked(step(3), step(2))).toBe(true);
  });

  it('not when a lesson opens or closes, or another lesson opens', () => {
    expect(changeIsMarked(null, step(0))).toBe(false);
    expect(changeIsMarked(step(4), null)).toBe(false);
    expect(changeIsMarked(step(1), { ...step(2), session: other })).toBe(false);
  });

  it('not when a step that stands alone opens', () => {
    expect(changeIsMarked(step(2, true), step(3, true))).toBe(false);
    expect(changeIsMarked(step(2), step(3, true))).toBe(false);
  });
});
