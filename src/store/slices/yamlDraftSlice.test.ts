import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../createEditorStore';
import type { EditorStore } from '../createEditorStore';
import { LIVE, TYPED, first, second } from '../yamlDrafts.testkit';

function typedOverFirst(): EditorStore {
  const store = createEditorStore();
  store.getState().openDoc(first);
  store.getState().typeYamlDraft(TYPED, LIVE, first);
  return store;
}

describe('the YAML drafts the store keeps', () => {
  it('keep the text typed until it is discarded', () => {
    const store = typedOverFirst();
    expect(store.getState().yamlDrafts.editing).toEqual({ text: TYPED, doc: first });
    store.getState().discardYamlDraft();
    expect(store.getState().yamlDrafts.editing).toBeNull();
  });

  it('hold no draft once the text is the live YAML again', () => {
    const store = typedOverFirst();
    store.getState().typeYamlDraft(LIVE, LIVE, first);
    expect(store.getState().yamlDrafts.editing).toBeNull();
  });

  it('keep the draft across an edit of its design', () => {
    const store = typedOverFirst();
    store.getState().dispatch({ type: 'addNamespace', name: 'mine' });
    expect(store.getState().yamlDrafts.editing?.text).toBe(TYPED);
  });

  it('set the draft aside when another design opens, with no YAML tab to see it', () => {
    const store = typedOverFirst();
    store.getState().openDoc(second);
    expect(store.getState().yamlDrafts).toEqual({
      editing: null,
      setAside: [{ text: TYPED, doc: first }],
    });
  });

  it('keep it set aside when an undo brings its design back, until dropped', () => {
    const store = typedOverFirst();
    store.getState().openDoc(second);
    store.getState().undo();
    expect(store.getState().doc).toBe(first);
    const { setAside, editing } = store.getState().yamlDrafts;
    expect(editing).toBeNull();
    const [aside] = setAside;
    if (aside === undefined) throw new Error('nothing set aside');
    store.getState().dropYamlDraft(aside);
    expect(store.getState().yamlDrafts.setAside).toEqual([]);
  });

  it('are of their own store: another store has none', () => {
    typedOverFirst();
    expect(createEditorStore().getState().yamlDrafts.editing).toBeNull();
  });
});
