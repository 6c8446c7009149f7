import { describe, expect, it } from 'vitest';
import { builtInLesson } from '../../workshop';
import type { Lesson } from '../../workshop';
import { createEditorStore } from '../../store';
import { lessonOpenFromUrl, lessonSearch, searchWithoutLesson } from './lessonAddressSync';

function threeTiers(): Lesson {
  const lesson = builtInLesson('three-tiers');
  if (lesson === null) throw new Error('three-tiers is built in');
  return lesson;
}

describe('when the page opens with a lesson address', () => {
  it('opens that built-in lesson at that step', () => {
    const store = createEditorStore();
    expect(lessonOpenFromUrl(store, '?lesson=three-tiers&step=4')).toBe(true);
    expect(store.getState().lessonSession?.stepIndex).toBe(3);
  });

  it('says so and opens nothing when the lesson has no such step', () => {
    const store = createEditorStore();
    expect(lessonOpenFromUrl(store, '?lesson=three-tiers&step=40')).toBe(false);
    expect(store.getState().lessonSession).toBeNull();
    expect(store.getState().notice?.tone).toBe('error');
  });
});

describe('when the page opens with the address of a lesson of your own', () => {
  const own = { ...threeTiers(), id: 'mine', title: 'Mine' };

  it('opens the lesson kept in this browser at that step', () => {
    const store = createEditorStore();
    expect(lessonOpenFromUrl(store, '?lesson=mine&step=2', own)).toBe(true);
    expect(store.getState().lessonSession).toMatchObject({ stepIndex: 1, builtIn: false });
    expect(lessonSearch(store, '?lesson=mine&step=2')).toBe('?lesson=mine&step=2');
  });

  it('says to share the file in a browser that does not keep it', () => {
    const store = createEditorStore();
    expect(lessonOpenFromUrl(store, '?lesson=mine&step=2', null)).toBe(false);
    expect(store.getState().notice?.text).toMatch(/share it with Copy link, or its lesson file/);
  });
});

describe('when the lesson steps', () => {
  it('writes the step into the address, keeping the other parameters', () => {
    const store = createEditorStore();
    lessonOpenFromUrl(store, '?e2e&lesson=three-tiers&step=1');
    store.getState().lessonStep(2);
    expect(lessonSearch(store, '?e2e&lesson=three-tiers&step=1')).toBe(
      '?e2e&lesson=three-tiers&step=3',
    );
  });

  it('drops the lesson from the address when it is left', () => {
    expect(searchWithoutLesson('?e2e&lesson=three-tiers&step=3')).toBe('?e2e');
    expect(searchWithoutLesson('?lesson=three-tiers')).toBe('');
  });
});
