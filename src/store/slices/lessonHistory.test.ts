import { describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../../model';
import { startAutosave } from '../persist/autosave';
import { memoryDesignStore } from '../persist/designStore';
import { createEditorStore } from '../createEditorStore';
import { selectCanRedo, selectCanUndo } from '../derived/selectors';
import { savedNames, shownDoc, threeTiers } from './lessonTestkit';

const names = (store: ReturnType<typeof createEditorStore>) =>
  store.getState().doc.namespaces.map((n) => n.name);

/** A user's design with history both ways: `mine` and `yours` added, `ours` added then undone. */
function userWithHistory() {
  const store = createEditorStore({ doc: EMPTY_DOC });
  const { dispatch } = store.getState();
  dispatch({ type: 'addNamespace', name: 'mine' });
  dispatch({ type: 'addNamespace', name: 'yours' });
  dispatch({ type: 'addNamespace', name: 'ours' });
  store.getState().undo();
  return store;
}

describe('when a lesson has been left', () => {
  it("undo and redo act on the user's own edits exactly as before the lesson", () => {
    const store = userWithHistory();
    const before = store.getState();
    store.getState().openLesson(threeTiers());
    store.getState().lessonStep(2);
    store.getState().lessonStep(3);
    store.getState().exitLesson();
    expect(store.getState().doc).toBe(before.doc);
    expect(store.getState().past).toEqual(before.past);
    expect(store.getState().future).toEqual(before.future);
    store.getState().redo();
    expect(names(store)).toEqual(['mine', 'yours', 'ours']);
    expect(selectCanRedo(store.getState())).toBe(false);
    store.getState().undo();
    store.getState().undo();
    expect(names(store)).toEqual(['mine']);
    store.getState().undo();
    expect(names(store)).toEqual([]);
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it("autosave never saves a lesson's document as the user's design", async () => {
    const designs = memoryDesignStore();
    const store = userWithHistory();
    const autosave = startAutosave(store, { designs, tab: 'a', delayMs: 0 });
    store.getState().openLesson(threeTiers());
    store.getState().lessonStep(4);
    await autosave.flush();
    store.getState().exitLesson();
    await autosave.flush();
    store.getState().undo();
    await autosave.flush();
    expect(savedNames(designs)).toEqual(['mine']);
    autosave.stop();
  });
});

describe('when the user edits inside a lesson step', () => {
  it('undo and redo work within the step', () => {
    const store = userWithHistory();
    const lesson = threeTiers();
    store.getState().openLesson(lesson);
    store.getState().dispatch({ type: 'addNamespace', name: 'scratch' });
    expect(names(store)).toContain('scratch');
    store.getState().undo();
    expect(store.getState().doc).toEqual(shownDoc(lesson, 0));
    expect(selectCanUndo(store.getState())).toBe(false);
    store.getState().redo();
    expect(names(store)).toContain('scratch');
  });

  it('the edits leave the history when the step changes', () => {
    const store = userWithHistory();
    const lesson = threeTiers();
    store.getState().openLesson(lesson);
    store.getState().dispatch({ type: 'addNamespace', name: 'scratch' });
    store.getState().lessonStep(1);
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(selectCanRedo(store.getState())).toBe(false);
    store.getState().undo();
    expect(store.getState().doc).toEqual(shownDoc(lesson, 1));
  });

  it("the edits are gone when the lesson is left, and the user's history is back", () => {
    const store = userWithHistory();
    const before = store.getState();
    store.getState().openLesson(threeTiers());
    store.getState().dispatch({ type: 'addNamespace', name: 'scratch' });
    store.getState().undo();
    store.getState().exitLesson();
    expect(store.getState().doc).toBe(before.doc);
    expect(store.getState().past).toEqual(before.past);
    expect(store.getState().future).toEqual(before.future);
  });
});
