import { describe, expect, it } from 'vitest';
import type { Box } from './canvasGeometry';
import { nearestFitting } from './neighbourhoodFrame';

const frame = { width: 1000, height: 800, insets: { top: 0, right: 0, bottom: 0, left: 0 } };
const card = (x: number, y: number): Box => ({ x, y, width: 200, height: 80 });
const same = (b: Box) => b;

describe('what a focus frames of a neighbourhood too large to read whole', () => {
  it('keeps every node when they fit at the zoom', () => {
    const nodes = [card(0, 0), card(1000, 0), card(0, 1500)];
    expect(nearestFitting(nodes, same, frame, 0.5)).toBe(nodes);
  });

  it('keeps the focused node and those nearest it that fit together, nearest first', () => {
    // At zoom 0.5 the view holds 2,000 × 1,600.
    const focused = card(5000, 5000);
    const near = card(5400, 5000);
    const beside = card(3600, 5800);
    const far = card(9000, 5000);
    const kept = nearestFitting([focused, far, beside, near], same, frame, 0.5);
    expect(kept).toEqual([focused, near, beside]);
  });

  it('keeps the focused node alone when none fits beside it', () => {
    const focused = card(0, 0);
    expect(nearestFitting([focused, card(5000, 0)], same, frame, 0.5)).toEqual([focused]);
  });
});
