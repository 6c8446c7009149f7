import { describe, expect, it } from 'vitest';
import { builtInLesson } from './builtIn/builtInLessons';
import { lessonRefResolve, lessonUrlFormat, lessonUrlParse } from './lessonUrl';

describe('when a URL names a lesson', () => {
  it('reads the lesson and the step, counted from 1', () => {
    expect(lessonUrlParse('?lesson=three-tiers&step=3')).toEqual({
      lesson: 'three-tiers',
      step: 3,
    });
  });

  it('reads them without the question mark, in any order, among other parameters', () => {
    expect(lessonUrlParse('fixture=x&step=2&e2e&lesson=recipes')).toEqual({
      lesson: 'recipes',
      step: 2,
    });
  });

  it('opens the first step when no step is given', () => {
    expect(lessonUrlParse('?lesson=namespaces')).toEqual({ lesson: 'namespaces', step: 1 });
  });

  it('takes the first value of a repeated parameter', () => {
    expect(lessonUrlParse('?lesson=outside&step=2&step=5')).toEqual({ lesson: 'outside', step: 2 });
  });

  it('decodes percent-escapes', () => {
    expect(lessonUrlParse('?lesson=three%2Dtiers&step=%32')).toEqual({
      lesson: 'three-tiers',
      step: 2,
    });
  });
});

describe('when a URL names a lesson badly', () => {
  it.each([
    ['no lesson at all', ''],
    ['only a step', '?step=2'],
    ['an empty lesson', '?lesson=&step=1'],
    ['a lesson id with capitals', '?lesson=Three-Tiers'],
    ['a lesson id with a slash', '?lesson=a/b'],
    ['a lesson id ending in a dash', '?lesson=three-'],
    ['a lesson id of 64 characters', `?lesson=${'a'.repeat(64)}`],
    ['a broken escape', '?lesson=%E0%A4%A'],
    ['step 0', '?lesson=recipes&step=0'],
    ['a negative step', '?lesson=recipes&step=-1'],
    ['a fractional step', '?lesson=recipes&step=1.5'],
    ['a step with a leading zero', '?lesson=recipes&step=02'],
    ['a step that is a word', '?lesson=recipes&step=two'],
    ['an empty step', '?lesson=recipes&step='],
    ['a step with a space', '?lesson=recipes&step=+2'],
    ['an enormous step', '?lesson=recipes&step=99999999999999999999'],
    ['a step above 10000', '?lesson=recipes&step=10001'],
  ])('means nothing with %s', (_, search) => {
    expect(lessonUrlParse(search)).toBeNull();
  });
});

describe('when a lesson and step are written into a URL', () => {
  it('writes ?lesson=<id>&step=<n>', () => {
    expect(lessonUrlFormat({ lesson: 'three-tiers', step: 2 })).toBe('?lesson=three-tiers&step=2');
  });

  it('keeps the other parameters and replaces an earlier lesson and step', () => {
    expect(
      lessonUrlFormat({ lesson: 'recipes', step: 4 }, '?e2e&lesson=outside&fixture=a&step=1'),
    ).toBe('?e2e&fixture=a&lesson=recipes&step=4');
  });

  it('reads back what it wrote', () => {
    const ref = { lesson: 'namespaces', step: 3 };
    expect(lessonUrlParse(lessonUrlFormat(ref, '?x=1'))).toEqual(ref);
  });

  it('refuses a step that is not a positive whole number (a programmer error)', () => {
    expect(() => lessonUrlFormat({ lesson: 'recipes', step: 0 })).toThrow();
    expect(() => lessonUrlFormat({ lesson: 'recipes', step: 1.5 })).toThrow();
    expect(() => lessonUrlFormat({ lesson: 'Recipes', step: 1 })).toThrow();
  });
});

describe('when a lesson reference is looked up', () => {
  it('finds the lesson and the step index, from 0', () => {
    const found = lessonRefResolve({ lesson: 'three-tiers', step: 2 }, builtInLesson);
    expect(found?.lesson.id).toBe('three-tiers');
    expect(found?.stepIndex).toBe(1);
  });

  it('finds nothing past the last step or for an unknown lesson', () => {
    const steps = builtInLesson('namespaces')?.steps.length ?? 0;
    expect(lessonRefResolve({ lesson: 'namespaces', step: steps + 1 }, builtInLesson)).toBeNull();
    expect(lessonRefResolve({ lesson: 'nope', step: 1 }, builtInLesson)).toBeNull();
  });
});
