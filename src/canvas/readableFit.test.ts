import { describe, expect, it } from 'vitest';
import { FIT_INSETS } from './fitPadding';
import { READABLE_CARDS_ZOOM, readableFit } from './readableFit';

// The canvas at 1440×900 with the side panel: 965 × 730, the controls' margin along the bottom.
const frame = { width: 965, height: 730, insets: FIT_INSETS };
const free = { width: 965 - 32, height: 730 - 128 };

describe('the whole-design fit of a design showing its cards', () => {
  it('is the fit itself while the names read in it', () => {
    const fit = { x: 10, y: 20, zoom: 0.3 };
    expect(readableFit(fit, { x: 0, y: 0, width: 3000, height: 2000 }, frame, true)).toBe(fit);
  });

  it('frames a design too large to read whole from its top-left corner, names readable', () => {
    // Expand all on the 850-workload dump: 9,300 × 6,100 px, fitted whole at zoom 0.099.
    const design = { x: -40, y: 12, width: 9300, height: 6100 };
    const fit = { x: 16, y: 24, zoom: 0.099 };
    const view = readableFit(fit, design, frame, true);
    expect(view.zoom).toBe(READABLE_CARDS_ZOOM);
    expect(READABLE_CARDS_ZOOM * 36).toBeGreaterThanOrEqual(9);
    // The design's top-left corner at the free area's.
    expect(design.x * view.zoom + view.x).toBeCloseTo(FIT_INSETS.left);
    expect(design.y * view.zoom + view.y).toBeCloseTo(FIT_INSETS.top);
  });

  it('centres the design along a side it fits at that zoom', () => {
    const design = { x: 0, y: 0, width: 9000, height: 1200 };
    const view = readableFit({ x: 0, y: 0, zoom: 0.1 }, design, frame, true);
    expect(view.x).toBeCloseTo(FIT_INSETS.left);
    const top = view.y;
    const bottom = view.y + design.height * view.zoom;
    expect(top - FIT_INSETS.top).toBeCloseTo(FIT_INSETS.top + free.height - bottom);
  });

  it('leaves a design of collapsed boxes fitted whole (their names are larger)', () => {
    const fit = { x: 0, y: 0, zoom: 0.12 };
    expect(readableFit(fit, { x: 0, y: 0, width: 8000, height: 5000 }, frame, false)).toBe(fit);
  });
});
