// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { EditorProvider, createEditorStore } from '../../store';
import type { EditorStore } from '../../store';
import { elkGraphOf } from '../layout/elkGraph';
import type * as ElkGraph from '../layout/elkGraph';
import { layoutWithElk } from '../layout/elkLayout';
import { useAutoLayout } from './useAutoLayout';

vi.mock('../layout/elkLayout', () => ({
  elkPreload: vi.fn(),
  // A layout that never answers: the test is about when it is asked for.
  layoutWithElk: vi.fn(() => new Promise(() => undefined)),
}));

vi.mock('../layout/elkGraph', async (actual) => {
  const real = await actual<typeof ElkGraph>();
  return { ...real, elkGraphOf: vi.fn(real.elkGraphOf) };
});

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

describe('a layout whose graph cannot be built', () => {
  const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 2 });

  it('says so, and the canvas stops waiting for it', async () => {
    const store = createEditorStore({ doc });
    store.getState().requestLayout('unplaced');
    vi.mocked(elkGraphOf).mockImplementationOnce(() => {
      throw new Error('a box holds itself');
    });
    const { result } = renderLayout(store);
    await act(async () => {
      vi.runAllTimers();
      await Promise.resolve();
    });
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      text: 'The automatic layout failed: a box holds itself',
    });
    expect(result.current).toBe(false);
    expect(layoutWithElk).not.toHaveBeenCalled();
  });
});
