// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { serializeDocument } from '../../io';
import type { Doc } from '../../model';
import { EditorProvider, createEditorStore } from '../../store';
import type { EditorStore } from '../../store';
import { useDocumentYaml } from './useDocumentYaml';

/** Every text the YAML tab was handed, render by render. */
function renderYaml(store: EditorStore): (string | null)[] {
  const shown: (string | null)[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EditorProvider store={store}>{children}</EditorProvider>
  );
  renderHook(
    () => {
      shown.push(useDocumentYaml());
    },
    { wrapper },
  );
  return shown;
}

const large = generateCluster({ pods: 1500, policies: 200, namespaces: 12, seed: 1 });
const other = generateCluster({ pods: 1500, policies: 200, namespaces: 12, seed: 2 });

/** Makes every slice but the first of a writing task run out of time. */
function slicesRunOut(): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 1000));
}

describe('the YAML tab while another design opens', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  function opened(doc: Doc): EditorStore {
    const store = createEditorStore();
    act(() => {
      store.getState().openDoc(doc);
    });
    return store;
  }

  it('never shows the design before as the one open', () => {
    const store = opened(large);
    const shown = renderYaml(store);
    act(() => {
      vi.runAllTimers();
    });
    expect(shown.at(-1) === serializeDocument(large)).toBe(true);
    slicesRunOut();
    const from = shown.length;
    act(() => {
      store.getState().openDoc(other);
    });
    const whose = (text: string | null) =>
      text === null ? 'writing' : text === serializeDocument(large) ? 'before' : 'other';
    expect(shown.slice(from).map(whose)).toEqual(['writing']);
    act(() => {
      vi.runAllTimers();
    });
    expect(whose(shown.at(-1) ?? null)).toBe('other');
    expect(shown.at(-1)).toBe(serializeDocument(other));
  });

  it('keeps the text before an edit of the same design until the edit is written', () => {
    const store = opened(large);
    const shown = renderYaml(store);
    act(() => {
      vi.runAllTimers();
    });
    const from = shown.length;
    act(() => {
      store.getState().dispatch({ type: 'addNamespace', name: 'mine' });
    });
    expect(shown.slice(from).map((text) => text !== null)).not.toContain(false);
  });
});
