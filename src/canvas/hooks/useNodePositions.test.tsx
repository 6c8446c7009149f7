// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { NodeChange } from '@xyflow/react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../../model';
import { EditorProvider, createEditorStore, useEditorApi } from '../../store';
import { createDragPlaces } from '../dragPlaces';
import type { CanvasNode } from '../reactFlowTypes';
import { useNodeDragging } from './useNodeDragging';
import { useNodePositions } from './useNodePositions';

afterEach(cleanup);

const BOX = 'namespace:prod';

function design() {
  const store = createEditorStore({ doc: EMPTY_DOC });
  store.getState().dispatch({ type: 'addNamespace', name: 'prod' });
  store.getState().setPositions({ [BOX]: { x: 40, y: 300 } });
  return store;
}

/** The canvas's drag as React Flow drives it: start, moves, the last move, stop. */
function renderDrag(store: ReturnType<typeof design>) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EditorProvider store={store}>{children}</EditorProvider>
  );
  return renderHook(
    ({ nodes }: { nodes: readonly CanvasNode[] }) => {
      const [places] = useState(createDragPlaces);
      const api = useEditorApi();
      const onNodesChange = useNodePositions(places);
      const drag = useNodeDragging(
        places,
        (_e, _n, _ns, before, after) => {
          api.getState().moved(before, after);
        },
        nodes,
      );
      return { places, onNodesChange, ...drag };
    },
    { wrapper, initialProps: { nodes: [box(40, 300)] } },
  );
}

const box = (x: number, y: number) =>
  ({ id: BOX, type: 'namespace', position: { x, y }, data: { name: 'prod' } }) as CanvasNode;
const move = (x: number, y: number, dragging: boolean): NodeChange<CanvasNode>[] => [
  { id: BOX, type: 'position', position: { x, y }, dragging },
];
const event = new MouseEvent('mousemove');

describe('a drag on the canvas', () => {
  it('writes the document once, at the drop: its moves are view state', () => {
    const store = design();
    const steps = store.getState().past.length;
    const { result } = renderDrag(store);
    let updates = 0;
    const stop = store.subscribe(() => {
      updates += 1;
    });
    act(() => {
      result.current.onNodeDragStart(event, box(40, 300), [box(40, 300)]);
    });
    for (let i = 1; i <= 40; i++) {
      act(() => {
        result.current.onNodesChange(move(40 + i * 5, 300 + i * 2, true));
      });
    }
    expect(updates, 'store updates during the 40 moves').toBe(0);
    expect(store.getState().positions[BOX]).toEqual({ x: 40, y: 300 });
    // The moves are drawn from the drag's places meanwhile.
    expect(result.current.places.get()?.get(BOX)).toEqual({ x: 240, y: 380 });
    act(() => {
      result.current.onNodesChange(move(240.4, 380.2, false));
      result.current.onNodeDragStop(event, box(240.4, 380.2), [box(240.4, 380.2)]);
    });
    stop();
    expect(updates, 'store updates at the drop').toBe(1);
    expect(store.getState().past).toHaveLength(steps + 1);
    expect(store.getState().positions[BOX]).toEqual({ x: 240, y: 380 });
    expect(result.current.places.get()).toBeNull();
    act(() => {
      store.getState().undo();
    });
    expect(store.getState().positions[BOX]).toEqual({ x: 40, y: 300 });
  });

  it('ends, writing nothing, when the dragged node leaves the canvas mid-drag', () => {
    // React Flow drops a drag whose node is deleted (or whose box collapses) without a stop.
    const store = design();
    const steps = store.getState().past.length;
    const { result, rerender } = renderDrag(store);
    act(() => {
      result.current.onNodeDragStart(event, box(40, 300), [box(40, 300)]);
      result.current.onNodesChange(move(80, 320, true));
    });
    expect(result.current.dragging).toBe(true);
    rerender({ nodes: [] });
    expect(result.current.dragging, 'the drag is over').toBe(false);
    expect(result.current.places.get()).toBeNull();
    expect(store.getState().past).toHaveLength(steps);
    // The next move of no drag is written, as React Flow's keys are.
    act(() => {
      result.current.onNodesChange(move(60, 300, false));
    });
    expect(store.getState().positions[BOX]).toEqual({ x: 60, y: 300 });
  });

  it('a move of no drag (React Flow moves a picked card by its keys) is written at once', () => {
    const store = design();
    const steps = store.getState().past.length;
    const { result } = renderDrag(store);
    act(() => {
      result.current.onNodesChange(move(60, 300, false));
    });
    expect(store.getState().positions[BOX]).toEqual({ x: 60, y: 300 });
    expect(store.getState().past).toHaveLength(steps);
    expect(result.current.places.get()).toBeNull();
  });
});
