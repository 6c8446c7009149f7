// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import type { InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { PAN_LAYER_ATTRIBUTE, usePanLayer } from './usePanLayer';

/** The hook on a canvas root holding `nodes` nodes, at zoom 0.1. */
function panLayerOn(nodes: number) {
  const { result } = renderHook(() => ({ onDragStart: usePanLayer(), flow: useStoreApi() }), {
    wrapper: ReactFlowProvider,
  });
  const root = document.createElement('div');
  const nodeLookup = new Map<string, InternalNode>();
  for (let i = 0; i < nodes; i++) nodeLookup.set(`n${String(i)}`, {} as InternalNode);
  act(() => {
    result.current.flow.setState({ domNode: root, nodeLookup, transform: [0, 0, 0.1] });
  });
  const moveTo = (x: number, zoom: number) => {
    act(() => {
      result.current.flow.setState({ transform: [x, 0, zoom] });
    });
  };
  const start = (type: string) => {
    act(() => {
      result.current.onDragStart(new MouseEvent(type), { x: 0, y: 0, zoom: 0.1 });
    });
  };
  const layered = () => root.getAttribute(PAN_LAYER_ATTRIBUTE) === 'true';
  return { start, moveTo, layered };
}

describe('the pan layer of a large design', () => {
  it('is made when the pane is dragged, and stays after the pan while the zoom does not change', () => {
    const canvas = panLayerOn(600);
    canvas.start('mousedown');
    expect(canvas.layered()).toBe(true);
    canvas.moveTo(120, 0.1);
    canvas.moveTo(240, 0.1);
    // The drag ended: the design is where the pan left it, drawn already.
    expect(canvas.layered()).toBe(true);
  });

  it('goes when the zoom changes, so that text is drawn sharp at the new size', () => {
    const canvas = panLayerOn(600);
    canvas.start('pointerdown');
    canvas.moveTo(120, 0.1);
    canvas.moveTo(120, 0.12);
    expect(canvas.layered()).toBe(false);
  });

  it('is not made by a zoom with the wheel, nor for a small design', () => {
    const large = panLayerOn(600);
    large.start('wheel');
    expect(large.layered()).toBe(false);
    const small = panLayerOn(50);
    small.start('mousedown');
    expect(small.layered()).toBe(false);
  });
});
