// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { EditorProvider, createEditorStore } from '../../store';
import type { EditorStore } from '../../store';
import { useYamlDrafts } from './useYamlDrafts';
import { LIVE, TYPED, first, second } from '../../store/yamlDrafts.testkit';

function renderDrafts(store: EditorStore) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EditorProvider store={store}>{children}</EditorProvider>
  );
  return renderHook(() => useYamlDrafts(LIVE), { wrapper }).result;
}

function openedWithDraft(): { store: EditorStore; drafts: ReturnType<typeof renderDrafts> } {
  const store = createEditorStore();
  act(() => {
    store.getState().openDoc(first);
  });
  const drafts = renderDrafts(store);
  act(() => {
    drafts.current.typed(TYPED);
  });
  return { store, drafts };
}

describe('a YAML draft', () => {
  it('stays the draft of its design across an edit of that design', () => {
    const { store, drafts } = openedWithDraft();
    act(() => {
      store.getState().dispatch({ type: 'addNamespace', name: 'mine' });
    });
    expect(drafts.current.draft).toBe(TYPED);
    expect(drafts.current.setAside).toEqual([]);
  });

  it('is set aside, never to be applied, when another design opens', () => {
    const { store, drafts } = openedWithDraft();
    act(() => {
      store.getState().openDoc(second);
    });
    expect(drafts.current.draft).toBeNull();
    expect(drafts.current.setAside).toEqual([{ text: TYPED, doc: first }]);
  });

  it('stays set aside when the design it was typed over comes back (undo)', () => {
    const { store, drafts } = openedWithDraft();
    act(() => {
      store.getState().openDoc(second);
    });
    act(() => {
      store.getState().undo();
    });
    expect(store.getState().doc).toBe(first);
    expect(drafts.current.draft).toBeNull();
    expect(drafts.current.setAside).toHaveLength(1);
  });

  it('is gone once thrown away, and a new draft of the design on screen is its own', () => {
    const { store, drafts } = openedWithDraft();
    act(() => {
      store.getState().openDoc(second);
    });
    act(() => {
      drafts.current.typed('kind: Namespace # second\n');
    });
    const [aside] = drafts.current.setAside;
    if (aside === undefined) throw new Error('nothing set aside');
    act(() => {
      drafts.current.drop(aside);
    });
    expect(drafts.current.setAside).toEqual([]);
    expect(drafts.current.draft).toBe('kind: Namespace # second\n');
  });
});

/** A draft typed over `first` in a YAML tab that is then closed. */
function typedAndClosed(): EditorStore {
  const { store, drafts } = openedWithDraft();
  expect(drafts.current.draft).toBe(TYPED);
  cleanup();
  return store;
}

describe('a YAML draft, the YAML tab closed and opened again', () => {
  it('is shown again as it was typed', () => {
    const store = typedAndClosed();
    expect(renderDrafts(store).current.draft).toBe(TYPED);
  });

  it('is set aside when another design opened while the tab was closed', () => {
    const store = typedAndClosed();
    act(() => {
      store.getState().openDoc(second);
    });
    const drafts = renderDrafts(store);
    expect(drafts.current.draft).toBeNull();
    expect(drafts.current.setAside).toEqual([{ text: TYPED, doc: first }]);
  });
});
