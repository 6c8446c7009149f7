import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { cameraInsetsOf, fitOptionsOf } from './fitPadding';
import { MIN_ZOOM, MIN_ZOOM_FLOOR, minZoomFor } from './minZoom';
import type { CanvasNode } from './reactFlowTypes';
import { NAMESPACE_COLLAPSED, WORKLOAD_SIZE } from './layoutGeometry';
import { zoomBandOf } from './zoomBand';

const NO_INSETS = { top: 0, right: 0, bottom: 0, left: 0 };

function box(name: string, x: number, y: number, width: number, height: number): CanvasNode {
  return {
    id: `namespace:${name}`,
    type: 'namespace',
    position: { x, y },
    width,
    height,
    data: {},
  } as unknown as CanvasNode;
}

function card(id: string, x: number, y: number, parentId?: string): CanvasNode {
  return {
    id,
    type: 'workload',
    position: { x, y },
    data: {},
    ...(parentId ? { parentId } : {}),
  } as unknown as CanvasNode;
}

describe('the smallest zoom of the canvas', () => {
  it('is the usual limit when the design fits at it', () => {
    const nodes = [box('a', 0, 0, 1000, 800), box('b', 1200, 0, 1000, 800)];
    expect(minZoomFor(nodes, { width: 1280, height: 720 }, NO_INSETS)).toBe(MIN_ZOOM);
  });

  it("stops where a collapsed namespace's name is still legible, in the names band", () => {
    // held-200's and held-1000's overviews at 1440×900 (the canvas 1010×754): collapsed boxes
    // in a grid, fitted at 0.75 and 0.41; Zoom out stopped at 0.15, names 4 to 6 px.
    const grid = (count: number, columns: number) =>
      Array.from({ length: count }, (_, i) =>
        box(
          `ns-${String(i)}`,
          (i % columns) * (NAMESPACE_COLLAPSED.width + 48),
          Math.floor(i / columns) * (NAMESPACE_COLLAPSED.height + 56),
          NAMESPACE_COLLAPSED.width,
          NAMESPACE_COLLAPSED.height,
        ),
      );
    for (const presenting of [false, true]) {
      for (const [count, columns] of [
        [12, 4],
        [52, 7],
      ] as const) {
        for (const view of [
          { width: 1010, height: 754 },
          { width: 1490, height: 934 },
        ]) {
          const zoom = minZoomFor(grid(count, columns), view, cameraInsetsOf(presenting));
          // The smallest name a collapsed box draws there: "Outside the cluster", 27.6 px.
          expect(27.6 * zoom).toBeGreaterThanOrEqual(9);
          expect(26 * zoom).toBeGreaterThanOrEqual(9);
          expect(zoomBandOf(zoom)).toBe('names');
        }
      }
    }
  });

  it('is lower when the whole design needs it to fit, insets kept free', () => {
    const nodes = [box('a', 0, 0, 4000, 2000), box('b', 4000, 0, 4000, 3000)];
    const insets = { top: 16, right: 16, bottom: 112, left: 16 };
    const zoom = minZoomFor(nodes, { width: 900, height: 600 }, insets);
    // 868 px across 8,000: 0.1085, rounded down to a hundredth.
    expect(zoom).toBe(0.1);
    expect(8000 * zoom).toBeLessThanOrEqual(900 - 32);
    expect(3000 * zoom).toBeLessThanOrEqual(600 - 128);
  });

  it('counts top-level cards at their size, and not the cards inside a box twice', () => {
    const inside = card('workload:a/far', 90_000, 90_000, 'namespace:a');
    expect(
      minZoomFor([box('a', 0, 0, 100, 100), inside], { width: 1000, height: 1000 }, NO_INSETS),
    ).toBe(MIN_ZOOM);
    const alone = card('workload:x/far', 20_000 - WORKLOAD_SIZE.width, 0);
    expect(
      minZoomFor([box('a', 0, 0, 100, 100), alone], { width: 1000, height: 1000 }, NO_INSETS),
    ).toBe(0.05);
  });

  it('never goes below its floor, and is the usual limit for an empty canvas', () => {
    expect(minZoomFor([box('a', 0, 0, 1e6, 10)], { width: 1000, height: 1000 }, NO_INSETS)).toBe(
      MIN_ZOOM_FLOOR,
    );
    expect(minZoomFor([], { width: 1000, height: 1000 }, NO_INSETS)).toBe(MIN_ZOOM);
    expect(minZoomFor([box('a', 0, 0, 9000, 10)], { width: 0, height: 0 }, NO_INSETS)).toBe(
      MIN_ZOOM,
    );
  });

  it.each([false, true])(
    'lets the whole-design fit show a tall design whole (presenting: %s)',
    (presenting) => {
      const view = { width: 1440, height: 900 };
      const bounds = { x: 0, y: 0, width: 12_000, height: 10_000 };
      const nodes = [box('a', 0, 0, bounds.width, bounds.height)];
      const zoom = minZoomFor(nodes, view, cameraInsetsOf(presenting));
      // The fit keeps the mode's insets, clamped by that zoom.
      const { padding, maxZoom } = fitOptionsOf(presenting);
      const fit = getViewportForBounds(bounds, view.width, view.height, zoom, maxZoom, padding);
      expect(fit.y).toBeGreaterThanOrEqual(0);
      expect(fit.y + bounds.height * fit.zoom).toBeLessThanOrEqual(view.height);
      expect(fit.x).toBeGreaterThanOrEqual(0);
      expect(fit.x + bounds.width * fit.zoom).toBeLessThanOrEqual(view.width);
    },
  );
});
