import { describe, expect, it } from 'vitest';
import { FIT_INSETS, PRESENTATION_INSETS, layoutAimOf } from './fitPadding';

describe('the shape an automatic layout aims for', () => {
  it('is that of the part of the canvas a fitted design is drawn in, not the whole canvas', () => {
    // The canvas of a 1920×1080 window beside the side panel.
    const across = 1490 - FIT_INSETS.left - FIT_INSETS.right;
    const down = 934 - FIT_INSETS.top - FIT_INSETS.bottom;
    expect(layoutAimOf(1490, 934, false)).toBeCloseTo(across / down, 5);
    expect(layoutAimOf(1490, 934, false)).toBeGreaterThan(1.75);
  });

  it('keeps clear of what presenting keeps clear of', () => {
    const across = 1920 - PRESENTATION_INSETS.left - PRESENTATION_INSETS.right;
    const down = 1000 - PRESENTATION_INSETS.top - PRESENTATION_INSETS.bottom;
    expect(layoutAimOf(1920, 1000, true)).toBeCloseTo(across / down, 5);
  });

  it('aims at a screen’s usual shape while the canvas has no size yet', () => {
    expect(layoutAimOf(0, 0, false)).toBe(1.6);
  });
});
