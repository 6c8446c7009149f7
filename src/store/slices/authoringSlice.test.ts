import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../createEditorStore';
import { threeTiers } from './lessonTestkit';

function authoringStore() {
  const doc = threeTiers().steps[0]?.doc;
  if (doc === undefined) throw new Error('three-tiers has a first step');
  const store = createEditorStore({ doc });
  store.getState().startAuthoring();
  return store;
}

describe('when a trainer writes a lesson in the editor', () => {
  it('opens the Lesson editor tab on a new lesson without steps', () => {
    const store = authoringStore();
    expect(store.getState().panel).toBe('author');
    expect(store.getState().authoring?.steps).toEqual([]);
  });

  it('adds a step from the design as it is, and later edits of the design do not change it', () => {
    const store = authoringStore();
    const before = store.getState().doc;
    store.getState().editAuthoring({ type: 'addStep', doc: before, title: 'Step 1' });
    store.getState().dispatch({ type: 'addNamespace', name: 'shop' });
    expect(store.getState().authoring?.steps[0]?.doc).toBe(before);
    expect(store.getState().doc).not.toBe(before);
  });

  it('keeps the step it shows open when that step moves, and in range when one is deleted', () => {
    const store = authoringStore();
    const { doc } = store.getState();
    for (const title of ['A', 'B', 'C']) {
      store.getState().editAuthoring({ type: 'addStep', doc, title });
    }
    expect(store.getState().authoringStep).toBe(2);
    store.getState().editAuthoring({ type: 'moveStep', from: 2, to: 1 });
    expect(store.getState().authoringStep).toBe(1);
    store.getState().editAuthoring({ type: 'deleteStep', index: 2 });
    store.getState().editAuthoring({ type: 'deleteStep', index: 1 });
    expect(store.getState().authoringStep).toBe(0);
  });

  it('previews the lesson from the open step, and comes back to the editor on exit', () => {
    const store = authoringStore();
    const { doc } = store.getState();
    store.getState().editAuthoring({ type: 'addStep', doc, title: 'A' });
    store.getState().editAuthoring({ type: 'addStep', doc, title: 'B' });
    store.getState().previewAuthoring();
    expect(store.getState().lessonSession?.stepIndex).toBe(1);
    expect(store.getState().lessonSession?.builtIn).toBe(false);
    store.getState().exitLesson();
    expect(store.getState().panel).toBe('author');
    expect(store.getState().authoring?.steps).toHaveLength(2);
  });
});
