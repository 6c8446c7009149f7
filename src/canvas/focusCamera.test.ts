import { describe, expect, it } from 'vitest';
import { viewportBeyondFit } from './focusCamera';

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
