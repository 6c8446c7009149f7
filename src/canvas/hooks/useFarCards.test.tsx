// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { ReactFlowState } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { pageNeverIdle } from './neverIdle.testkit';
import { GATHER_WITHIN_MS, useFarCards } from './useFarCards';

/** React Flow's store, as much of it as far cards read. */
const flow = createStore<Partial<ReactFlowState>>(() => ({}));

vi.mock('@xyflow/react', () => ({ useStoreApi: () => flow }));

const CARD = { width: 200, height: 100 };

/** A workload's card at (x, y), in React Flow's nodes' layer and its lookup. */
function cardAt(id: string, x: number, y: number): HTMLElement {
  const element = document.createElement('div');
  element.className = 'react-flow__node react-flow__node-workload';
  element.dataset.id = id;
  document.querySelector('.react-flow__nodes')?.append(element);
  flow.getState().nodeLookup?.set(id, {
    internals: { positionAbsolute: { x, y } },
    measured: CARD,
  } as never);
  return element;
}

beforeEach(() => {
  document.body.innerHTML = '<div class="react-flow"><div class="react-flow__nodes"></div></div>';
  flow.setState({
    domNode: document.querySelector<HTMLDivElement>('.react-flow'),
    nodeLookup: new Map(),
    nodes: [],
    transform: [0, 0, 1],
    width: 1280,
    height: 720,
  });
  pageNeverIdle();
  vi.stubGlobal('requestAnimationFrame', () => 0);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('cards that came in while the page is never idle (a long pan after Expand all)', () => {
  it('are drawn empty when far, once the gathering is due', () => {
    renderHook(() => useFarCards(true, 'full'));
    const came = cardAt('shop/late', 5000, 5000);
    flow.setState({ nodes: [] });
    flow.setState({ transform: [-10, 0, 1] });
    expect(came.dataset.far).toBeUndefined();
    vi.advanceTimersByTime(GATHER_WITHIN_MS);
    expect(came.dataset.far).toBe('true');
  });
});

describe('a card that comes near and goes far again before its dots are measured', () => {
  it('is not measured while it is drawn empty', () => {
    const measured = vi.fn();
    flow.setState({ updateNodeInternals: measured });
    const card = cardAt('shop/passing', 2000, 0);
    renderHook(() => useFarCards(true, 'full'));
    expect(card.dataset.far).toBe('true');
    flow.setState({ transform: [-1900, 0, 1] });
    expect(card.dataset.far).toBeUndefined();
    flow.setState({ transform: [0, 0, 1] });
    expect(card.dataset.far).toBe('true');
    vi.advanceTimersByTime(GATHER_WITHIN_MS);
    // Its content is skipped by the browser: measuring it lays it out alone, card after card.
    expect(measured).not.toHaveBeenCalled();
  });
});
