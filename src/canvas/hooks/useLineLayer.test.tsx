// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorProvider, createEditorStore } from '../../store';
import { LINE_LAYER_FROM } from '../lineLayer';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';
import type { ZoomBand } from '../zoomBand';
import { useLineLayer } from './useLineLayer';

afterEach(cleanup);

/** A design large enough for the layer: its cards only matter by their count. */
const nodes = Array.from({ length: LINE_LAYER_FROM }, (_, i) => ({
  id: `workload:ns/w${String(i)}`,
  type: 'workload',
  position: { x: 0, y: 0 },
  data: {},
})) as unknown as CanvasNode[];

/** A line the layer never draws (no look of a plain line): React Flow holds it. */
const standing: FlowEdge = { id: 'line-1', source: 'workload:ns/w0', target: 'workload:ns/w1' };

function renderLayer(band: ZoomBand, lines: FlowEdge[]) {
  const store = createEditorStore({});
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EditorProvider store={store}>{children}</EditorProvider>
  );
  return renderHook((props: { lines: FlowEdge[] }) => useLineLayer(nodes, props.lines, band), {
    wrapper,
    initialProps: { lines },
  });
}

describe('the lines handed to React Flow while the layer draws', () => {
  it('are the same list while they are the same lines (each part of Expand all)', () => {
    const { result, rerender } = renderLayer('names', [standing]);
    const first = result.current;
    expect(first).toEqual([standing]);
    rerender({ lines: [standing] });
    expect(result.current).toBe(first);
    rerender({ lines: [] });
    expect(result.current).toEqual([]);
    const none = result.current;
    rerender({ lines: [] });
    expect(result.current).toBe(none);
  });

  it('are the lines given, zoomed in past the names', () => {
    const lines = [standing];
    const { result, rerender } = renderLayer('compact', lines);
    expect(result.current).toBe(lines);
    const again = [standing];
    rerender({ lines: again });
    expect(result.current).toBe(again);
  });
});
