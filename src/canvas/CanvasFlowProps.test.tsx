// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import type * as XyflowReact from '@xyflow/react';
import type { ReactFlowProps } from '@xyflow/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../engine/__fixtures__/clusters/threeTier';
import { EditorProvider, createEditorStore, toggleNeighbourhood } from '../store';
import { Canvas } from './Canvas';

/** The props React Flow got at each render of the canvas. */
const seen: Record<string, unknown>[] = [];
/** How many times a component asked for React Flow's connection (`useConnection`). */
const connectionWatches = { count: 0 };

vi.mock('@xyflow/react', async (importOriginal) => {
  const actual = await importOriginal<typeof XyflowReact>();
  function RecordedReactFlow(props: ReactFlowProps) {
    seen.push({ ...props });
    return <actual.ReactFlow {...props} />;
  }
  const useCountedConnection: typeof actual.useConnection = (...args) => {
    connectionWatches.count++;
    return actual.useConnection(...args);
  };
  return { ...actual, ReactFlow: RecordedReactFlow, useConnection: useCountedConnection };
});

beforeAll(() => {
  // React Flow measures nodes with ResizeObserver, which jsdom lacks.
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

afterEach(() => {
  cleanup();
  seen.length = 0;
  connectionWatches.count = 0;
});

function renderThreeTier() {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc;
  const store = createEditorStore({ doc });
  // A new element each time, so that the canvas renders again.
  const tree = () => (
    <div style={{ width: 1000, height: 800 }}>
      <EditorProvider store={store}>
        <Canvas />
      </EditorProvider>
    </div>
  );
  const { rerender } = render(tree());
  return {
    store,
    renderAgain: () => {
      rerender(tree());
    },
  };
}

/*
 * React Flow copies each option prop whose identity changed into its store after a render, and
 * each copy runs the selector of every node, handle and line: with 1,000 workloads expanded,
 * several milliseconds a render.
 */
describe('when the canvas draws again with nothing changed', () => {
  it('hands React Flow the same option objects and callbacks', () => {
    const { renderAgain } = renderThreeTier();
    const before = seen.at(-1)!;
    renderAgain();
    const after = seen.at(-1)!;
    expect(after).not.toBe(before);
    const changed = Object.keys(after).filter(
      (key) =>
        !['nodes', 'edges', 'children'].includes(key) &&
        typeof after[key] === 'object' &&
        after[key] !== before[key],
    );
    const changedCallbacks = Object.keys(after).filter(
      (key) => typeof after[key] === 'function' && after[key] !== before[key],
    );
    expect([...changed, ...changedCallbacks]).toEqual([]);
  });
});

/*
 * Each watch of React Flow's connection runs at every change of its store (each pan move, each
 * batch of lines): the canvas watches once, for every card's drop target.
 */
describe('when the canvas draws its cards', () => {
  it('no card watches React Flow for a flow being drawn', () => {
    renderThreeTier();
    expect(screen.getAllByRole('group', { name: /^Workload / }).length).toBeGreaterThan(3);
    expect(connectionWatches.count).toBe(0);
  });
});

/*
 * A new node or line list runs the selectors of every mounted card's and line's wrapper, twice
 * (nodes, then lines): on a 200-workload design expanded, most of F's task. A focus marks what
 * it lights on the elements React Flow drew (`litWrappers.ts`).
 */
describe('when the canvas focuses on a workload’s neighbourhood, and leaves it', () => {
  it('hands React Flow the same nodes and lines', () => {
    const { store } = renderThreeTier();
    const before = seen.at(-1)!;
    act(() => {
      toggleNeighbourhood(store.getState(), 'workload:prod/api');
    });
    const focused = seen.at(-1)!;
    expect(focused).not.toBe(before);
    expect(focused['data-focus']).toBe('true');
    expect([focused.nodes, focused.edges]).toEqual([before.nodes, before.edges]);
    expect(focused.nodes).toBe(before.nodes);
    expect(focused.edges).toBe(before.edges);
    act(() => {
      toggleNeighbourhood(store.getState(), 'workload:prod/api');
    });
    const left = seen.at(-1)!;
    expect(left['data-focus']).toBeUndefined();
    expect(left.nodes).toBe(before.nodes);
    expect(left.edges).toBe(before.edges);
  });
});

describe('when a card is moved while the canvas focuses on a neighbourhood', () => {
  it('leaves the lit marks as they are, and takes them all off when the focus ends', () => {
    const { store, renderAgain } = renderThreeTier();
    act(() => {
      toggleNeighbourhood(store.getState(), 'workload:prod/api');
    });
    const lit = () => document.querySelectorAll('[data-lit]').length;
    const marked = lit();
    expect(marked).toBeGreaterThan(0);
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    watch.observe(document.body, {
      attributes: true,
      attributeFilter: ['data-lit'],
      subtree: true,
    });
    act(() => {
      store.getState().setPositions({ 'workload:prod/db': { x: 900, y: 40 } });
    });
    renderAgain();
    changes.push(...watch.takeRecords());
    watch.disconnect();
    expect(changes).toEqual([]);
    expect(lit()).toBe(marked);
    act(() => {
      toggleNeighbourhood(store.getState(), 'workload:prod/api');
    });
    expect(lit()).toBe(0);
  });
});
