import { describe, expect, it } from 'vitest';
import { builtInLesson } from '../../workshop';
import { EMPTY_DOC } from '../../model';
import { createEditorStore } from '../../store';
import { lessonDraft } from './lessonDraft';

describe('when a lesson file is saved during a lesson', () => {
  it('keeps every step and puts the current design in the current step', () => {
    const lesson = builtInLesson('three-tiers');
    if (lesson === null) throw new Error('three-tiers is built in');
    const store = createEditorStore();
    store.getState().openLesson(lesson, { stepIndex: 2 });
    const session = store.getState().lessonSession;
    if (session === null) throw new Error('the lesson is open');
    const draft = lessonDraft(session, EMPTY_DOC);
    expect(draft.steps).toHaveLength(lesson.steps.length);
    expect(draft.steps[2]?.doc).toBe(EMPTY_DOC);
    expect(draft.steps[1]?.doc).toBe(lesson.steps[1]?.doc);
  });
});
