import { describe, expect, it } from 'vitest';
import type { Box } from './canvasGeometry';
import {
  FOCUS_NAMES_ZOOM,
  FOCUS_OFF_MIDDLE,
  nearestFitting,
  neighbourhoodShown,
  viewportAroundFirst,
} from './neighbourhoodFrame';
import { viewportFitting } from './lessonCamera';
import type { Viewport } from './lessonCamera';

const frame = { width: 1000, height: 800, insets: { top: 0, right: 0, bottom: 0, left: 0 } };
const card = (x: number, y: number): Box => ({ x, y, width: 200, height: 80 });
const same = (b: Box) => b;

describe('what a focus frames of a neighbourhood too large to read whole', () => {
  it('keeps every node when they fit around the focused one at the zoom', () => {
    // At zoom 0.5 the view holds 2,000 × 1,600, its middle third at the focused node's centre.
    const nodes = [card(1000, 700), card(0, 0), card(1800, 1400)];
    expect(nearestFitting(nodes, same, frame, 0.5)).toBe(nodes);
  });

  it('keeps the focused node and those nearest it that fit together, nearest first', () => {
    // At zoom 0.5 the view holds 2,000 × 1,600.
    const focused = card(5000, 5000);
    const near = card(5400, 5000);
    const beside = card(4000, 5800);
    const far = card(9000, 5000);
    const kept = nearestFitting([focused, far, beside, near], same, frame, 0.5);
    expect(kept).toEqual([focused, near, beside]);
  });

  it('keeps the focused node alone when none fits beside it', () => {
    const focused = card(0, 0);
    expect(nearestFitting([focused, card(5000, 0)], same, frame, 0.5)).toEqual([focused]);
  });
});

describe('where a focus puts the focused node', () => {
  /** Where `view` draws the centre of `box` in the frame, as shares of its width and height. */
  const drawnAt = (view: Viewport, box: Box) => [
    (view.x + (box.x + box.width / 2) * view.zoom) / frame.width,
    (view.y + (box.y + box.height / 2) * view.zoom) / frame.height,
  ];

  it('leaves out the nearest neighbours that would push it to the edge of the view', () => {
    // At zoom 0.5 the view holds 2,000 × 1,600: the node at the top left of its neighbours.
    const focused = card(0, 0);
    const right = card(1500, 0);
    const below = card(0, 1250);
    const near = card(600, 400);
    expect(nearestFitting([focused, right, below, near], same, frame, 0.5)).toEqual([
      focused,
      near,
    ]);
  });

  it('draws it near the middle when it sits at the corner of those framed', () => {
    const boxes = [card(0, 0), card(600, 400), card(800, 200)];
    const fitted = viewportFitting({ x: 0, y: 0, width: 1000, height: 480 }, frame, 1);
    const view = viewportAroundFirst(fitted, boxes, frame, 0.3);
    const [across = 0, down = 0] = drawnAt(view, card(0, 0));
    expect(Math.abs(across - 0.5)).toBeLessThanOrEqual(FOCUS_OFF_MIDDLE + 1e-9);
    expect(Math.abs(down - 0.5)).toBeLessThanOrEqual(FOCUS_OFF_MIDDLE + 1e-9);
    // The others are still in view.
    for (const b of boxes) {
      const [x = 0, y = 0] = drawnAt(view, b);
      expect(x > 0 && x < 1 && y > 0 && y < 1).toBe(true);
    }
  });

  it('moves a view that already draws it near the middle not at all', () => {
    const boxes = [card(400, 300), card(0, 0), card(800, 600)];
    const fitted = viewportFitting({ x: 0, y: 0, width: 1000, height: 680 }, frame, 1);
    expect(viewportAroundFirst(fitted, boxes, frame, 0.3)).toEqual(fitted);
  });
});

describe('a neighbourhood that fits where lines say their ports', () => {
  // The Boutique's cartservice: at the right of the neighbours that reach it.
  const focused = card(1300, 0);
  const boxes = [focused, card(0, 0), card(600, 200)];
  const labelsZoom = 0.6;

  it('is framed whole, no farther out than the labels band', () => {
    expect(neighbourhoodShown(boxes, same, frame, labelsZoom)).toEqual({
      shown: boxes,
      minZoom: labelsZoom,
    });
  });

  it('is framed as far out as names read, nearest first, when it does not fit there', () => {
    const wide = [focused, card(-600, 0), card(2000, 0)];
    expect(neighbourhoodShown(wide, same, frame, labelsZoom)).toEqual({
      shown: nearestFitting(wide, same, frame, FOCUS_NAMES_ZOOM),
      minZoom: FOCUS_NAMES_ZOOM,
    });
  });

  it('keeps every node in view at that zoom, the focused one as near the middle as it may', () => {
    const { shown, minZoom } = neighbourhoodShown(boxes, same, frame, labelsZoom);
    const fitted = viewportFitting({ x: 0, y: 0, width: 1500, height: 280 }, frame, 1);
    const view = viewportAroundFirst(fitted, shown, frame, minZoom);
    expect(view.zoom).toBeCloseTo(labelsZoom);
    for (const b of boxes) {
      const left = view.x + b.x * view.zoom;
      const top = view.y + b.y * view.zoom;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(left + b.width * view.zoom).toBeLessThanOrEqual(frame.width + 1e-9);
      expect(top + b.height * view.zoom).toBeLessThanOrEqual(frame.height + 1e-9);
    }
    // The leftmost neighbour at the view's edge: the focused card nearer the middle would cut it.
    expect(view.x).toBeCloseTo(0);
  });
});
