import { describe, expect, it } from 'vitest';
import { builtInLesson, lessonFileParse, lessonFileSerialize } from '../../workshop';
import { EMPTY_DOC } from '../../model';
import { createEditorStore } from '../../store';
import { lessonDraft } from './lessonDraft';

describe('when a lesson file is saved outside a lesson', () => {
  it('holds one step with the current design, and reads back', () => {
    const store = createEditorStore();
    store.getState().dispatch({ type: 'addNamespace', name: 'shop' });
    const draft = lessonDraft(null, store.getState().doc);
    const read = lessonFileParse({ name: 'my.yaml', text: lessonFileSerialize(draft) });
    expect(read.ok && read.lesson.steps[0]?.doc.namespaces.map((n) => n.name)).toEqual(['shop']);
  });
});

describe('when a lesson file is saved during a lesson', () => {
  it('keeps every step and puts the current design in the current step', () => {
    const lesson = builtInLesson('three-tiers');
    if (lesson === null) throw new Error('three-tiers is built in');
    const store = createEditorStore();
    store.getState().openLesson(lesson, { stepIndex: 2 });
    const draft = lessonDraft(store.getState().lessonSession, EMPTY_DOC);
    expect(draft.steps).toHaveLength(lesson.steps.length);
    expect(draft.steps[2]?.doc).toBe(EMPTY_DOC);
    expect(draft.steps[1]?.doc).toBe(lesson.steps[1]?.doc);
  });
});
