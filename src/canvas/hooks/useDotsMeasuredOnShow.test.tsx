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

  /** The canvas leaves the names band; what its next frame measures goes to `measured`. */
  function leaveNamesBand(measured: () => void): void {
    const { result, rerender } = renderHook(
      ({ band }: { band: ZoomBand }) => {
        useDotsMeasuredOnShow(band);
        return useStoreApi();
      },
      { initialProps: { band: 'names' }, wrapper },
    );
    result.current.setState({ domNode: canvas, updateNodeInternals: measured });
    rerender({ band: 'compact' });
  }

  async function nextFrame(): Promise<void> {
    await act(async () => {
      await new Promise<void>((done) => {
        requestAnimationFrame(() => {
          done();
        });
      });
    });
  }

  it('measures every card drawn, found in one search of the canvas, not one per card', async () => {
    const searches = vi.spyOn(canvas, 'querySelector');
    const measured = vi.fn();
    leaveNamesBand(measured);
    await nextFrame();
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

  it('leaves out a card drawn empty before the frame that measures', async () => {
    const measured = vi.fn();
    leaveNamesBand(measured);
    // The camera, still moving, takes a card far: it is drawn empty before the next frame.
    const gone = canvas.querySelector<HTMLElement>('[data-id="workload:ns/app-7"]');
    if (gone === null) throw new Error('no card app-7');
    gone.dataset.far = 'true';
    await nextFrame();
    delete gone.dataset.far;
    expect(measured).toHaveBeenCalledTimes(1);
    const updates = measured.mock.calls[0]?.[0] as Map<string, unknown>;
    expect(updates.has('workload:ns/app-7')).toBe(false);
    expect(updates.size).toBe(nodes.length - 1);
  });
});
