import { describe, expect, it } from 'vitest';
import { spotClearOfNames, spotInView, viewRectOf } from './labelInView';

describe('the part of the design the camera shows', () => {
  it('is the canvas undone by the pan and the zoom', () => {
    // Panned 100 px right and 50 px down at zoom 2: the view starts at (-50, -25).
    expect(viewRectOf([100, 50, 2], 800, 600)).toEqual({ x: -50, y: -25, width: 400, height: 300 });
  });
});

describe('a label shown while the pointer is on its line', () => {
  const view = { x: 0, y: 0, width: 400, height: 300 };
  const size = { width: 80, height: 20 };

  it('stays where it is when it lies in the view', () => {
    expect(spotInView({ x: 200, y: 150 }, size, view, 1)).toEqual({ x: 200, y: 150 });
  });

  it('moves in from the left and top edges, keeping 4 screen pixels of room', () => {
    // Half the label (40 × 10) and the room (4 px at zoom 1) from each edge.
    expect(spotInView({ x: 10, y: -30 }, size, view, 1)).toEqual({ x: 44, y: 14 });
  });

  it('moves in from the right and bottom edges', () => {
    expect(spotInView({ x: 399, y: 300 }, size, view, 1)).toEqual({ x: 356, y: 286 });
  });

  it('keeps its room in screen pixels when zoomed out', () => {
    // At zoom 0.5, 4 screen pixels are 8 flow pixels.
    expect(spotInView({ x: 0, y: 150 }, size, view, 0.5)).toEqual({ x: 48, y: 150 });
  });

  it('wider than the view, sits in its middle', () => {
    expect(spotInView({ x: 0, y: 150 }, { width: 500, height: 20 }, view, 1).x).toBe(200);
  });
});

describe('a label shown while the pointer is on its line, among the namespaces’ names', () => {
  const view = { x: 0, y: 0, width: 1000, height: 600 };
  const size = { width: 200, height: 20 };
  // Two collapsed boxes side by side, 60 px apart, a short line between them at y 150.
  const left = { x: 100, y: 100, width: 300, height: 100 };
  const right = { x: 460, y: 100, width: 300, height: 100 };

  it('stays where it is when it covers no name', () => {
    expect(spotClearOfNames({ x: 500, y: 400 }, size, view, 1, [left, right])).toEqual({
      x: 500,
      y: 400,
    });
  });

  it('moves off both boxes, to the nearest spot above or below them', () => {
    const at = spotClearOfNames({ x: 430, y: 150 }, size, view, 1, [left, right]);
    const label = { x: at.x - 100, y: at.y - 10, width: 200, height: 20 };
    for (const box of [left, right]) {
      const apart =
        label.x >= box.x + box.width ||
        box.x >= label.x + label.width ||
        label.y >= box.y + box.height ||
        box.y >= label.y + label.height;
      expect(apart).toBe(true);
    }
    // Just above or below the boxes, no farther.
    expect(Math.min(Math.abs(at.y - 86), Math.abs(at.y - 214))).toBeLessThanOrEqual(6);
  });

  it('stays in the view, and where no spot near is clear, keeps its own', () => {
    const everywhere = { x: -1000, y: -1000, width: 3000, height: 3000 };
    expect(spotClearOfNames({ x: 430, y: 150 }, size, view, 1, [everywhere])).toEqual({
      x: 430,
      y: 150,
    });
  });
});
