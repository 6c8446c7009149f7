import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonEditApply, lessonNew } from '../../workshop';
import { createEditorStore } from '../createEditorStore';
import { threeTiers } from '../slices/lessonTestkit';
import { memoryDesignStore } from './designStore';
import type { DesignStore } from './designStore';
import { decodeLessonEntry, encodeLessonEntry } from './lessonEntry';
import {
  AUTHORING_LESSON_KEY,
  OPEN_LESSON_KEY,
  loadKeptLessons,
  startLessonKeep,
} from './lessonKeep';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('when a lesson is kept in the browser', () => {
  it('reads back the same lesson, built in or still being written', () => {
    const lesson = threeTiers();
    expect(decodeLessonEntry(encodeLessonEntry(lesson))).toEqual({ ok: true, lesson });
    const draft = lessonEditApply(lessonNew(), { type: 'setLessonId', id: 'Not An Id' });
    expect(decodeLessonEntry(encodeLessonEntry(draft))).toEqual({ ok: true, lesson: draft });
  });

  it('says why a damaged entry is not read', () => {
    expect(decodeLessonEntry('{')).toMatchObject({ ok: false });
    const entry = JSON.parse(encodeLessonEntry(threeTiers())) as {
      lesson: { steps: { yaml: string }[] };
    };
    const first = entry.lesson.steps[0];
    if (first !== undefined) first.yaml = 'kind: Pod\nmetadata: 7\n';
    const decoded = decodeLessonEntry(JSON.stringify(entry));
    expect(decoded.ok || decoded.reason).toMatch(
      /^step 1: a step's design does not pass validation/,
    );
  });
});

describe('when a trainer writes a lesson or opens one of their own', () => {
  it('keeps them for a reload, and forgets them when closed', async () => {
    const designs = memoryDesignStore();
    const store = createEditorStore();
    startLessonKeep(store, designs);
    store.getState().startAuthoring();
    store.getState().editAuthoring({ type: 'setLessonTitle', title: 'Mine' });
    const own = { ...threeTiers(), id: 'mine' };
    store.getState().openLesson(own, { builtIn: false });
    await vi.advanceTimersByTimeAsync(500);
    const kept = await loadKeptLessons(designs);
    expect(kept.authoring?.title).toBe('Mine');
    expect(kept.open).toEqual(own);
    store.getState().exitLesson();
    store.getState().stopAuthoring();
    await vi.advanceTimersByTimeAsync(500);
    expect([...designs.map.keys()]).toEqual([]);
  });

  it('does not keep a built-in lesson: its address is enough', async () => {
    const designs = memoryDesignStore();
    const store = createEditorStore();
    startLessonKeep(store, designs);
    store.getState().openLesson(threeTiers(), { builtIn: true });
    await vi.advanceTimersByTimeAsync(500);
    expect(designs.map.has(OPEN_LESSON_KEY)).toBe(false);
  });

  it('says so on screen when the browser refuses to keep it', async () => {
    const full: DesignStore = {
      get: () => Promise.resolve(undefined),
      set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      del: () => Promise.resolve(),
    };
    const store = createEditorStore();
    startLessonKeep(store, full);
    store.getState().startAuthoring();
    await vi.advanceTimersByTimeAsync(500);
    expect(store.getState().notice).toEqual({
      tone: 'error',
      text: 'This browser did not keep the lesson for a reload: the browser’s storage for this site is full.',
    });
  });

  it('reports a kept lesson it cannot read', async () => {
    const designs = memoryDesignStore();
    designs.map.set(AUTHORING_LESSON_KEY, 'not json');
    const kept = await loadKeptLessons(designs);
    expect(kept.authoring).toBeNull();
    expect(kept.problems[0]).toMatch(
      /^The lesson being written kept in this browser could not be read/,
    );
  });
});
