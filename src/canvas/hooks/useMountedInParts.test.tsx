// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { EditorProvider, createEditorStore } from '../../store';
import { Canvas } from '../Canvas';
import { NODES_PER_PART, PART_BUDGET_MS, partSizeRange } from '../mountParts';
import { manualFrames, paintFrame } from './manualFrames.testkit';
import { useMountedInParts } from './useMountedInParts';

/** The automatic layout answers when the test says (`layout.answer()`), each node in a row. */
const layout = vi.hoisted(() => ({ answer: (): void => undefined }));

vi.mock('../layout/elkLayout', () => {
  const placed = (node: ElkNode, x: number): ElkNode => ({
    ...node,
    x,
    y: 40,
    ...(node.children === undefined
      ? {}
      : { children: node.children.map((child, i) => placed(child, 20 + i * 300)) }),
  });
  return {
    elkPreload: () => undefined,
    layoutWithElk: (graph: ElkNode) =>
      new Promise<ElkNode>((resolve) => {
        layout.answer = () => {
          resolve(placed(graph, 0));
        };
      }),
  };
});

manualFrames();

beforeAll(() => {
  // React Flow measures nodes with ResizeObserver, which jsdom lacks.
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const doc = generateCluster({ pods: 40, policies: 12, namespaces: 4, seed: 3 });

function cardsDrawn(): number {
  return screen.queryAllByTestId(/^node\.workload\./).length;
}

describe('when every namespace of a design is expanded at once', () => {
  it('draws no card before the layout answers, then a part at a time, each after a paint', async () => {
    const store = createEditorStore({ doc });
    const names = doc.namespaces.map((n) => n.name);
    store.getState().setCollapsed(names, true);
    render(
      <div style={{ width: 1000, height: 800 }}>
        <EditorProvider store={store}>
          <Canvas />
        </EditorProvider>
      </div>,
    );
    for (const name of names) expect(screen.getByTestId(`node.namespace.${name}`)).toBeVisible();
    expect(cardsDrawn()).toBe(0);

    act(() => {
      store.getState().setCollapsed(names, false);
    });
    // While the layout is asked for, the boxes stay as they were: small, and no card drawn.
    for (let i = 0; i < 3; i++) {
      act(() => {
        paintFrame();
        vi.runAllTimers();
      });
      expect(cardsDrawn()).toBe(0);
    }
    // Drawn collapsed, each box's control saying it is opening.
    for (const name of names) {
      expect(screen.getByRole('button', { name: `Opening namespace ${name}` })).toBeVisible();
    }
    await act(async () => {
      layout.answer();
      await Promise.resolve();
    });
    // The places land in a task after the one that took the answer.
    await act(async () => {
      for (let i = 0; i < 4; i++) await Promise.resolve();
      vi.runAllTimers();
      for (let i = 0; i < 4; i++) await Promise.resolve();
    });
    expect(screen.queryByRole('button', { name: /^Opening namespace/ })).toBeNull();
    const counts = [cardsDrawn()];
    while (counts.length < 20 && counts.at(-1) !== doc.workloads.length) {
      act(() => {
        paintFrame();
        vi.runAllTimers();
      });
      counts.push(cardsDrawn());
    }
    // The namespace boxes stay while their cards arrive.
    for (const name of names) expect(screen.getByTestId(`node.namespace.${name}`)).toBeVisible();
    // The task in which the layout lands mounts no card: the first part waits for a paint too.
    expect(counts[0]).toBe(0);
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts.at(-1)).toBe(doc.workloads.length);
    for (let i = 1; i < counts.length; i++) {
      const added = (counts[i] ?? 0) - (counts[i - 1] ?? 0);
      expect(added).toBeGreaterThanOrEqual(0);
      expect(added).toBeLessThanOrEqual(NODES_PER_PART);
    }
    expect(counts.length).toBeGreaterThanOrEqual(Math.ceil(doc.workloads.length / NODES_PER_PART));
  });
});

describe('when no more new things come than one part holds', () => {
  it('mounts them at once, and a later few at once too', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `n${String(i)}` }));
    const { result, rerender } = renderHook(({ list }) => useMountedInParts(list, 3), {
      initialProps: { list: items(3) },
    });
    expect(result.current).toHaveLength(3);
    rerender({ list: items(5) });
    expect(result.current).toHaveLength(5);
  });
});

describe('when what is being mounted changes between every paint and the task after it', () => {
  it('still goes on a part at a time until all is mounted', () => {
    const fresh = () => Array.from({ length: 7 }, (_, i) => ({ id: `n${String(i)}` }));
    const { result, rerender } = renderHook(({ items }) => useMountedInParts(items, 3), {
      initialProps: { items: fresh() },
    });
    const counts = [result.current.length];
    for (let i = 0; i < 5; i++) {
      act(() => {
        paintFrame();
      });
      // A layout's positions arrive after the paint, before the next part's task.
      rerender({ items: fresh() });
      act(() => {
        vi.runAllTimers();
      });
      counts.push(result.current.length);
    }
    expect(counts).toEqual([0, 3, 6, 7, 7, 7]);
  });
});

describe('when each part keeps the page busy longer than the budget', () => {
  it('mounts smaller parts after the first, down to the least a list of its length takes', () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const items = Array.from({ length: 600 }, (_, i) => ({ id: `n${String(i)}` }));
    const { most, least } = partSizeRange(items.length, 10);
    const { result } = renderHook(() => useMountedInParts(items, 10));
    const counts = [result.current.length];
    for (let i = 0; i < 6; i++) {
      act(() => {
        // Each part's mount takes four budgets before the frame, its frame one more.
        clock += 4 * PART_BUDGET_MS;
        paintFrame();
        clock += PART_BUDGET_MS;
        vi.runAllTimers();
      });
      counts.push(result.current.length);
    }
    const added = counts.slice(1).map((n, i) => n - (counts[i] ?? 0));
    // The first part waits for a paint, and is as large as counted; the later ones are smaller.
    expect(counts[0]).toBe(0);
    expect(added[0]).toBe(most);
    expect(least).toBeLessThan(most);
    for (const n of added.slice(1)) expect(n).toBe(least);
  });
});

describe('when the canvas holds the parts back (a pan by dragging the pane)', () => {
  it('mounts no part until its wait ends, then goes on a part at a time', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ id: `n${String(i)}` }));
    let held = true;
    const released: (() => void)[] = [];
    // A part's wait: a paint, then, while held, until the hold ends.
    const wait = (part: (timing: { frame: number; after: number }) => void) => {
      const frame = requestAnimationFrame(() => {
        const go = () => {
          part({ frame: performance.now(), after: performance.now() });
        };
        if (held) released.push(go);
        else go();
      });
      return () => {
        cancelAnimationFrame(frame);
      };
    };
    const { result } = renderHook(() =>
      useMountedInParts(items, 3, undefined, null, undefined, { wait }),
    );
    for (let i = 0; i < 5; i++) {
      act(() => {
        paintFrame();
        vi.runAllTimers();
      });
    }
    expect(result.current).toHaveLength(0);
    held = false;
    act(() => {
      for (const go of released.splice(0)) go();
    });
    const counts = [result.current.length];
    for (let i = 0; i < 3; i++) {
      act(() => {
        paintFrame();
        vi.runAllTimers();
      });
      counts.push(result.current.length);
    }
    expect(counts).toEqual([3, 6, 7, 7]);
  });
});
