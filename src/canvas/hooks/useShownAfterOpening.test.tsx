// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import type { Doc } from '../../model';
import { EditorProvider, createEditorStore, useEditorStore } from '../../store';
import type { EditorState, EditorStore } from '../../store';
import { manualFrames, paintFrame } from './manualFrames.testkit';
import { useShownAfterOpening } from './useShownAfterOpening';

manualFrames();

/** One painted frame, and the task after it. */
function paint(): void {
  paintFrame();
  vi.runAllTimers();
}

const selectDoc = (s: EditorState) => s.doc;

/** Every document the canvas was handed, render by render. */
function renderCanvasDocs(store: EditorStore): Doc[] {
  const shown: Doc[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EditorProvider store={store}>{children}</EditorProvider>
  );
  renderHook(
    () => {
      shown.push(useShownAfterOpening(useEditorStore(selectDoc)));
    },
    { wrapper },
  );
  return shown;
}

const first = generateCluster({ pods: 12, policies: 4, namespaces: 3, seed: 1 });
const opened = generateCluster({ pods: 30, policies: 9, namespaces: 4, seed: 2 });

describe('the canvas while a design opens', () => {
  it('draws the opened design once the frame that took it is painted', () => {
    const store = createEditorStore({ doc: first });
    const shown = renderCanvasDocs(store);
    act(() => {
      store.getState().replaceDoc(opened);
      store.getState().keepSavedCopy('opened');
    });
    // The store update's own render hands the canvas the design it had.
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.at(-1)).toBe(first);
    act(() => {
      paint();
    });
    expect(shown.at(-1)).toBe(opened);
  });

  it('draws an edit made after opening as soon as it comes', () => {
    const store = createEditorStore({ doc: first });
    const shown = renderCanvasDocs(store);
    act(() => {
      store.getState().replaceDoc(opened);
      store.getState().keepSavedCopy('opened');
    });
    act(() => {
      paint();
    });
    const before = shown.length;
    act(() => {
      store.getState().dispatch({ type: 'setTitle', title: 'Shop' });
    });
    const edited = store.getState().doc;
    expect(edited).not.toBe(opened);
    expect(shown.slice(before)[0]).toBe(edited);
    expect(shown.at(-1)).toBe(edited);
  });

  it('is not held for a design replaced without being opened (Undo, a YAML apply)', () => {
    const store = createEditorStore({ doc: first });
    const shown = renderCanvasDocs(store);
    const before = shown.length;
    act(() => {
      store.getState().replaceDoc(opened);
    });
    expect(shown.slice(before)).toEqual([opened]);
  });
});
