// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ZoomBand } from '../zoomBand';
import { useDotsMeasuredOnShow } from './useDotsMeasuredOnShow';

describe('zooming in out of the names band on a large design', () => {
  const nodes = Array.from({ length: 60 }, (_, i) => ({
    id: `workload:ns/app-${String(i)}`,
    position: { x: i * 10, y: 0 },
    data: {},
  }));
  const canvas = document.createElement('div');
  for (const node of nodes) {
    const card = document.createElement('div');
    card.className = 'react-flow__node';
    card.dataset.id = node.id;
    canvas.appendChild(card);
  }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ReactFlowProvider initialNodes={nodes}>{children}</ReactFlowProvider>
  );

  it('measures every card drawn, found in one search of the canvas, not one per card', async () => {
    const searches = vi.spyOn(canvas, 'querySelector');
    const measured = vi.fn();
    const { result, rerender } = renderHook(
      ({ band }: { band: ZoomBand }) => {
        useDotsMeasuredOnShow(band);
        return useStoreApi();
      },
      { initialProps: { band: 'names' }, wrapper },
    );
    result.current.setState({ domNode: canvas, updateNodeInternals: measured });
    rerender({ band: 'compact' });
    await act(async () => {
      await new Promise<void>((done) => {
        requestAnimationFrame(() => {
          done();
        });
      });
    });
    // Each search walks the whole canvas: one per card was 1,064 of them on the 1,000-workload
    // design, most of a second in the task that zooms in (F, Find).
    expect(searches.mock.calls.length).toBeLessThanOrEqual(1);
    expect(measured).toHaveBeenCalledTimes(1);
    const updates = measured.mock.calls[0]?.[0] as Map<string, { nodeElement: Element }>;
    expect([...updates.keys()]).toEqual(nodes.map((n) => n.id));
    for (const node of nodes) {
      expect(updates.get(node.id)?.nodeElement.getAttribute('data-id')).toBe(node.id);
    }
  });
});
