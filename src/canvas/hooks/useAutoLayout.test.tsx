// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { EditorProvider, createEditorStore } from '../../store';
import type { EditorStore } from '../../store';
import { layoutWithElk } from '../layout/elkLayout';
import { useAutoLayout } from './useAutoLayout';

vi.mock('../layout/elkLayout', () => ({
  elkPreload: vi.fn(),
  // A layout that never answers: the test is about when it is asked for.
  layoutWithElk: vi.fn(() => new Promise(() => undefined)),
}));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.mocked(layoutWithElk).mockClear();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderLayout(store: EditorStore) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EditorProvider store={store}>
      <ReactFlowProvider>{children}</ReactFlowProvider>
    </EditorProvider>
  );
  return renderHook(() => useAutoLayout(), { wrapper });
}

describe('the automatic layout of an opened design', () => {
  const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 2 });

  it('is asked for in a task after the render that brought its lines', () => {
    const store = createEditorStore({ doc });
    store.getState().requestLayout('unplaced');
    const { result } = renderLayout(store);
    expect(result.current).toBe(true);
    expect(layoutWithElk).not.toHaveBeenCalled();
    act(() => {
      vi.runAllTimers();
    });
    expect(layoutWithElk).toHaveBeenCalledTimes(1);
  });

  it('is asked for once for a request replaced before its task came', () => {
    const store = createEditorStore({ doc });
    store.getState().requestLayout('unplaced');
    renderLayout(store);
    act(() => {
      store.getState().requestLayout('all');
    });
    act(() => {
      vi.runAllTimers();
    });
    expect(layoutWithElk).toHaveBeenCalledTimes(1);
  });
});
