// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import {
  EditorProvider,
  NOTHING_DERIVED,
  createEditorStore,
  selectCollapsedDrawn,
} from '../../store';
import type { EditorStore } from '../../store';
import { elkGraphOf } from '../layout/elkGraph';
import type * as ElkGraph from '../layout/elkGraph';
import { LayoutUnfinished, layoutWithElk } from '../layout/elkLayout';
import type * as ElkLayout from '../layout/elkLayout';
import { useAutoLayout } from './useAutoLayout';

vi.mock('../layout/elkLayout', async (actual) => ({
  ...(await actual<typeof ElkLayout>()),
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

/** The microtasks of the task that took a layout's answer, then the tasks it queued. */
async function tasksAfter(): Promise<void> {
  for (let i = 0; i < 6; i++) await Promise.resolve();
  vi.runAllTimers();
  for (let i = 0; i < 6; i++) await Promise.resolve();
}

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

  it('is asked for when the canvas shows a Re-layout asked for away from it, not one done', () => {
    const store = createEditorStore({ doc });
    // Done before the canvas went (to the matrix): not done again when it comes back.
    store.getState().requestLayout('all');
    store.getState().finishLayout(store.getState().layoutRequest?.id ?? 0);
    renderLayout(store).unmount();
    act(() => {
      vi.runAllTimers();
    });
    expect(layoutWithElk).not.toHaveBeenCalled();
    // Asked for in the matrix (Help's Re-layout): done when the canvas shows.
    store.getState().requestLayout('all');
    renderLayout(store);
    act(() => {
      vi.runAllTimers();
    });
    expect(layoutWithElk).toHaveBeenCalledTimes(1);
  });

  it('is not asked for a design brought back by an undo that dropped it with its file', () => {
    const store = createEditorStore({ doc });
    const { result } = renderLayout(store);
    act(() => {
      store.getState().openDoc(generateCluster({ pods: 8, policies: 2, namespaces: 1, seed: 3 }));
      store.getState().requestLayout('unplaced');
    });
    act(() => {
      store.getState().undo();
    });
    act(() => {
      vi.runAllTimers();
    });
    expect(layoutWithElk).not.toHaveBeenCalled();
    expect(result.current).toBe(false);
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
    // In plain words: the design is kept, what is drawn instead, that Re-layout retries; why last.
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      text: 'The automatic layout did not finish. Your design is kept: what had no place yet is drawn in plain rows instead. Re-layout tries again. Cause: a box holds itself.',
    });
    expect(result.current).toBe(false);
    expect(layoutWithElk).not.toHaveBeenCalled();
  });
});

/** `graph` as the layout answers it: each node in a row. */
function placed(node: ElkNode, x = 0): ElkNode {
  const children = node.children?.map((child, i) => placed(child, 20 + i * 300));
  return { ...node, x, y: 40, width: 300, height: 200, ...(children ? { children } : {}) };
}

describe('a namespace opened while the design is edited', () => {
  const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 2 });
  const name = doc.namespaces[0]?.name ?? '';
  const card = `workload:${name}/${doc.workloads.find((w) => w.namespace === name)?.name ?? ''}`;

  it('stays drawn as it was until the layout asked again with the new lines answers', async () => {
    const store = createEditorStore({ doc, collapsed: [name] });
    const answers: (() => void)[] = [];
    const answerLater = (graph: ElkNode) =>
      new Promise<ElkNode>((resolve) => {
        answers.push(() => {
          resolve(placed(graph));
        });
      });
    vi.mocked(layoutWithElk)
      .mockImplementationOnce(answerLater)
      .mockImplementationOnce(answerLater);
    store.getState().setCollapsed([name], false);
    renderLayout(store);
    act(() => {
      vi.runAllTimers();
    });
    expect(answers).toHaveLength(1);
    // An edit: its lines are worked out while the layout is still on its way.
    act(() => {
      store.getState().setDerived(NOTHING_DERIVED);
    });
    await act(async () => {
      answers[0]?.();
      await tasksAfter();
    });
    expect(selectCollapsedDrawn(store.getState())).toEqual([name]);
    expect(store.getState().positions[card]).toBeUndefined();
    // The lines came: laid out again, and the box opens with its workloads placed.
    act(() => {
      store.getState().setDerived(null);
    });
    act(() => {
      vi.runAllTimers();
    });
    expect(answers).toHaveLength(2);
    await act(async () => {
      answers[1]?.();
      await tasksAfter();
    });
    expect(selectCollapsedDrawn(store.getState())).toEqual([]);
    expect(store.getState().positions[card]).toBeDefined();
  });
});

describe('Expand all on a large design, when its layout answers', () => {
  const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 2 });
  const names = doc.namespaces.map((n) => n.name);
  const cards = doc.workloads.map((w) => `workload:${w.namespace}/${w.name}`);

  /** Every namespace expanded, its layout asked for; `answer` makes the layout answer. */
  function expandAll() {
    const store = createEditorStore({ doc, collapsed: names });
    const laidOut: { answer: () => void } = { answer: () => undefined };
    vi.mocked(layoutWithElk).mockImplementationOnce(
      (graph: ElkNode) =>
        new Promise<ElkNode>((resolve) => {
          laidOut.answer = () => {
            resolve(placed(graph));
          };
        }),
    );
    store.getState().setCollapsed(names, false);
    renderLayout(store);
    act(() => {
      vi.runAllTimers();
    });
    return {
      store,
      answer: () => {
        laidOut.answer();
      },
    };
  }

  it('places the workloads and opens their boxes in one store update (one render)', async () => {
    const { store, answer } = expandAll();
    const seen: { placed: number; drawnCollapsed: number }[] = [];
    const stop = store.subscribe((s) => {
      seen.push({
        placed: cards.filter((id) => s.positions[id] !== undefined).length,
        drawnCollapsed: selectCollapsedDrawn(s).length,
      });
    });
    await act(async () => {
      answer();
      await tasksAfter();
    });
    stop();
    expect(seen.at(-1)).toEqual({ placed: cards.length, drawnCollapsed: 0 });
    // Never the workloads placed with their boxes still drawn closed: each update of the store
    // in that task was a render of every card and line of the design.
    expect(seen.filter((s) => s.placed > 0 && s.drawnCollapsed > 0)).toEqual([]);
  });

  it('places them in a task after the one that took its answer and placed the lone cards', async () => {
    const { store, answer } = expandAll();
    await act(async () => {
      answer();
      for (let i = 0; i < 6; i++) await Promise.resolve();
    });
    // The task that took the answer did not also draw every card it opens.
    expect(cards.filter((id) => store.getState().positions[id] !== undefined)).toEqual([]);
    expect(selectCollapsedDrawn(store.getState())).toEqual(names.slice().sort());
    await act(async () => {
      vi.runAllTimers();
      for (let i = 0; i < 6; i++) await Promise.resolve();
    });
    expect(cards.filter((id) => store.getState().positions[id] === undefined)).toEqual([]);
    expect(selectCollapsedDrawn(store.getState())).toEqual([]);
  });
});

describe('Expand all whose layout is cut off (it did not finish in time)', () => {
  const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 2 });
  const names = doc.namespaces.map((n) => n.name);

  it('opens the boxes with their cards in rows, each at its own place, and says so', async () => {
    const store = createEditorStore({ doc, collapsed: names });
    vi.mocked(layoutWithElk).mockRejectedValueOnce(new LayoutUnfinished(52));
    store.getState().collapseStep(names, false);
    store.getState().requestLayout('boxes');
    expect(store.getState().opening.length).toBeGreaterThan(0);
    const { result } = renderLayout(store);
    await act(async () => {
      vi.runAllTimers();
      await tasksAfter();
    });
    expect(result.current).toBe(false);
    const state = store.getState();
    expect(state.opening).toEqual([]);
    expect(selectCollapsedDrawn(state)).toEqual([]);
    expect(state.notice).toMatchObject({
      tone: 'error',
      text: 'The automatic layout did not finish in 52 s: the cards are set in rows in their boxes. Re-layout tries again.',
    });
    for (const name of names) {
      const cards = doc.workloads
        .filter((w) => w.namespace === name)
        .map((w) => state.positions[`workload:${name}/${w.name}`]);
      expect(cards.every((p) => p !== undefined)).toBe(true);
      const places = new Set(cards.map((p) => `${String(p?.x)},${String(p?.y)}`));
      expect(places.size).toBe(cards.length);
    }
  });
});

describe('the layout of a collapsed overview, cut off (it did not finish in time)', () => {
  const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 2 });
  const names = doc.namespaces.map((n) => n.name);

  it('sets the boxes in rows and says so: no card was to be laid out', async () => {
    const store = createEditorStore({ doc, collapsed: names });
    vi.mocked(layoutWithElk).mockRejectedValueOnce(new LayoutUnfinished(22));
    store.getState().requestLayout('unplaced');
    const { result } = renderLayout(store);
    await act(async () => {
      vi.runAllTimers();
      await tasksAfter();
    });
    expect(result.current).toBe(false);
    const state = store.getState();
    expect(state.notice).toMatchObject({
      tone: 'error',
      text: 'The automatic layout did not finish in 22 s: the boxes are set in rows. Re-layout tries again.',
    });
    for (const name of names) expect(state.positions[`namespace:${name}`]).toBeDefined();
  });
});
