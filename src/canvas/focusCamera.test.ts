import { describe, expect, it } from 'vitest';
import { focusViewport, viewportBeyondFit } from './focusCamera';

const frame = {
  width: 1000,
  height: 800,
  insets: { top: 50, right: 50, bottom: 150, left: 50 },
};

/** Where `box` is drawn by `view`, in screen pixels. */
function drawn(
  box: { x: number; y: number; width: number; height: number },
  view = { x: 0, y: 0, zoom: 1 },
) {
  return {
    left: box.x * view.zoom + view.x,
    top: box.y * view.zoom + view.y,
    right: (box.x + box.width) * view.zoom + view.x,
    bottom: (box.y + box.height) * view.zoom + view.y,
  };
}

describe('a camera moved to nodes that do not all fit', () => {
  it('leaves nodes that fit at the smallest zoom to the fit', () => {
    const boxes = [
      { x: 0, y: 0, width: 100, height: 50 },
      { x: 1500, y: 1000, width: 100, height: 50 },
    ];
    expect(viewportBeyondFit(boxes, frame, 0.4)).toBeNull();
  });

  it('draws the first node whole, inside the free area, at the smallest zoom', () => {
    // The first at the bottom edge of a neighbourhood far taller than the canvas shows.
    const first = { x: 1000, y: 3000, width: 100, height: 50 };
    const boxes = [
      first,
      { x: 0, y: 0, width: 100, height: 50 },
      { x: 2000, y: 100, width: 100, height: 50 },
    ];
    const view = viewportBeyondFit(boxes, frame, 0.4);
    expect(view?.zoom).toBe(0.4);
    const at = drawn(first, view ?? undefined);
    expect(at.left).toBeGreaterThanOrEqual(50);
    expect(at.right).toBeLessThanOrEqual(950);
    expect(at.top).toBeGreaterThanOrEqual(50);
    expect(at.bottom).toBeLessThanOrEqual(650);
  });

  it('stays centred on them all when the first node is in view there', () => {
    const boxes = [
      { x: 1000, y: 1500, width: 100, height: 50 },
      { x: 0, y: 0, width: 100, height: 50 },
      { x: 2000, y: 3000, width: 100, height: 50 },
    ];
    const view = viewportBeyondFit(boxes, frame, 0.4);
    // The middle of them all (1050, 1525) at the middle of the free area (500, 350).
    expect(view).toEqual({ x: 500 - 1050 * 0.4, y: 350 - 1525 * 0.4, zoom: 0.4 });
  });
});

describe('a camera moved to nodes inside a namespace box', () => {
  const limits = { minZoom: 0.4, maxZoom: 1, readableZoom: 0.6 };
  // The free area is 900 × 600 px.
  const name = { x: 0, y: 0, width: 200, height: 57 };

  it('frames the namespace’s name with the nodes when they stay at full size', () => {
    const pod = { x: 300, y: 400, width: 236, height: 112 };
    const view = focusViewport([{ box: pod, name }], frame, limits);
    expect(view?.zoom).toBe(1);
    const at = drawn(name, view ?? undefined);
    expect(at.top).toBeGreaterThanOrEqual(50);
    expect(at.left).toBeGreaterThanOrEqual(50);
    expect(drawn(pod, view ?? undefined).bottom).toBeLessThanOrEqual(650);
  });

  it('zooms out for the name as far as cards are still drawn in full', () => {
    // Name to pod bottom: 1000 px, drawn 600 px tall at 0.6.
    const pod = { x: 300, y: 888, width: 236, height: 112 };
    const view = focusViewport([{ box: pod, name }], frame, limits);
    expect(view?.zoom).toBeCloseTo(0.6);
    expect(drawn(name, view ?? undefined).top).toBeGreaterThanOrEqual(50 - 1e-9);
  });

  it('leaves the name out when it would make the nodes smaller than that', () => {
    const pod = { x: 300, y: 1400, width: 236, height: 112 };
    const view = focusViewport([{ box: pod, name }], frame, limits);
    expect(view?.zoom).toBe(1);
    // Centred on the pod alone.
    expect(view).toEqual({ x: 500 - 418, y: 350 - 1456, zoom: 1 });
  });

  it('keeps the name when the nodes alone are already drawn smaller, at little cost', () => {
    // Two pods far apart in one box: framed at 0.45 with or without the name above them.
    const pods = [
      { x: 0, y: 100, width: 236, height: 112 },
      { x: 1764, y: 100, width: 236, height: 112 },
    ];
    const view = focusViewport(
      pods.map((box) => ({ box, name })),
      frame,
      limits,
    );
    expect(view?.zoom).toBeCloseTo(0.45);
    expect(drawn(name, view ?? undefined).top).toBeGreaterThanOrEqual(50);
  });

  it('past the smallest zoom, keeps the first node’s name with it where that fits', () => {
    const first = { x: 1000, y: 3000, width: 100, height: 50 };
    const firstName = { x: 900, y: 2700, width: 200, height: 57 };
    const targets = [
      { box: first, name: firstName },
      { box: { x: 0, y: 0, width: 100, height: 50 }, name: null },
      { box: { x: 2000, y: 100, width: 100, height: 50 }, name: null },
    ];
    const view = focusViewport(targets, frame, limits) ?? undefined;
    expect(view?.zoom).toBe(0.4);
    expect(drawn(firstName, view).top).toBeGreaterThanOrEqual(50);
    expect(drawn(first, view).bottom).toBeLessThanOrEqual(650);
  });

  it('leaves the name out when the nodes, already smaller, would lose more than a tenth', () => {
    const pods = [
      { x: 400, y: 500, width: 236, height: 112 },
      { x: 2164, y: 500, width: 236, height: 112 },
    ];
    // Alone 2000 px wide (0.45); with the name 2400 px (0.375).
    const view = focusViewport(
      pods.map((box) => ({ box, name })),
      frame,
      limits,
    );
    expect(view?.zoom).toBeCloseTo(0.45);
  });

  it('frames nothing for no node', () => {
    expect(focusViewport([], frame, limits)).toBeNull();
  });
});
