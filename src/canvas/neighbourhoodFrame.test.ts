import { describe, expect, it } from 'vitest';
import type { Box } from './canvasGeometry';
import { focusViewport } from './focusCamera';
import { MIN_ZOOM } from './minZoom';
import {
  FOCUS_NAMES_ZOOM,
  middleFirst,
  nearestFitting,
  neighbourhoodShown,
} from './neighbourhoodFrame';

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

describe('what a focus keeps around the focused node when all do not fit', () => {
  it('fills the view with the nearest that fit, the focused node at its edge if need be', () => {
    // At zoom 0.5 the view holds 2,000 × 1,600: the node at the top left of its neighbours.
    const focused = card(0, 0);
    const right = card(1500, 0);
    const below = card(0, 1250);
    const near = card(600, 400);
    const far = card(2500, 0);
    expect(nearestFitting([focused, right, below, far, near], same, frame, 0.5)).toEqual([
      focused,
      near,
      below,
      right,
    ]);
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

  it('is framed as far out as Zoom Out goes, nearest first, when it does not fit there', () => {
    const wide = [focused, card(-600, 0), card(3400, 0)];
    expect(neighbourhoodShown(wide, same, frame, labelsZoom)).toEqual({
      shown: nearestFitting(wide, same, frame, FOCUS_NAMES_ZOOM),
      minZoom: FOCUS_NAMES_ZOOM,
    });
  });

  it('is framed whole, centred, as far out as Zoom Out goes, when it fits only there', () => {
    // At the smallest zoom the view holds 2,890 × 2,312: the focused card at the left end.
    const wide = [card(0, 0), card(1200, 300), card(2500, 0)];
    const { shown, minZoom } = neighbourhoodShown(wide, same, frame, labelsZoom);
    expect(shown).toBe(wide);
    expect(minZoom).toBe(MIN_ZOOM);
    const targets = shown.map((box) => ({ box, name: null }));
    const limits = { minZoom, maxZoom: 1, readableZoom: 0.6 };
    const view = focusViewport(targets, frame, limits);
    if (view === null) throw new Error('no view');
    expect(view.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
    // The middle of the neighbourhood (x 0 to 2,700) is the middle of the view.
    expect(view.x + 1350 * view.zoom).toBeCloseTo(frame.width / 2);
  });

  it('is never framed farther out than Zoom Out goes', () => {
    expect(FOCUS_NAMES_ZOOM).toBeGreaterThanOrEqual(MIN_ZOOM);
  });
});

describe('what Find frames of the workloads a label found, too many to read at once', () => {
  it('grows from the one in the middle of them, never farther out than Zoom Out goes', () => {
    // A row of 30 cards 400 apart: 11,800 wide, far past what 1000 px hold at the least zoom.
    const row = Array.from({ length: 30 }, (_, i) => card(i * 400, 0));
    const ordered = middleFirst(row, same);
    expect(ordered[0]).toEqual(card(14 * 400, 0));
    const { shown, minZoom } = neighbourhoodShown(ordered, same, frame, 0.4);
    expect(minZoom).toBe(MIN_ZOOM);
    expect(shown.length).toBeLessThan(row.length);
    const view = focusViewport(
      shown.map((box) => ({ box, name: null })),
      frame,
      { minZoom, maxZoom: 1, readableZoom: 0.55 },
    );
    expect(view?.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
    // The part framed is the middle of the row, not its start.
    const xs = shown.map((b) => b.x);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(29 * 400);
  });
});
