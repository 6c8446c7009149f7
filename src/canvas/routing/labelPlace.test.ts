import { describe, expect, it } from 'vitest';
import { labelSizeOf, labelSpot } from './labelPlace';
import { obstacleGridOf } from './obstacleGrid';
import type { Rect } from '../edges/edgeGeometry';
import { rectAround } from './rectGeometry';

describe('a label set beside its line', () => {
  // A line down the design's left edge, and another alongside it at `x`: a label's box is
  // taken where it reaches across that other line.
  const line = [
    { x: 0, y: 0 },
    { x: 0, y: 600 },
  ];
  const design = { x: 0, y: 0, width: 400, height: 600 };
  const size = labelSizeOf('TCP 7000');
  const alongsideAt = (x: number) => (box: Rect) => box.x < x && x < box.x + box.width;

  it('is never set out of the design, where a fitted view cuts it', () => {
    const spot = labelSpot(line, size, {
      grid: obstacleGridOf([]),
      board: new Map(),
      design,
      // 20 px in: under a label on the line and beside it within the design, clear of the other side.
      alongside: alongsideAt(20),
    });
    if (spot !== null)
      expect(rectAround(spot, size.width, size.height).x).toBeGreaterThanOrEqual(0);
  });

  it('takes the side within the design when it is free', () => {
    const spot = labelSpot(line, size, {
      grid: obstacleGridOf([]),
      board: new Map(),
      design,
      alongside: alongsideAt(-6),
    });
    expect(spot?.x).toBeGreaterThan(size.width / 2);
  });
});

describe('a label on a line that runs along the design’s edge', () => {
  // As Online Boutique's lines to Anywhere, presented: lanes up the left of the namespace box,
  // the design's edge, where a label on the line is half out of the design.
  const line = [
    { x: 0, y: 0 },
    { x: 0, y: 400 },
  ];
  const design = { x: 0, y: 0, width: 600, height: 400 };
  const size = labelSizeOf('all ports', 15 / 11);

  it('has no place rather than one half out of the design: it shows on hover', () => {
    const spot = labelSpot(line, size, {
      grid: obstacleGridOf([]),
      board: new Map(),
      design,
    });
    expect(spot).toBeNull();
  });

  it('sits whole within the design where its line runs into it', () => {
    const inward = [
      { x: 0, y: 0 },
      { x: 300, y: 400 },
    ];
    const within = labelSpot(inward, size, { grid: obstacleGridOf([]), board: new Map(), design });
    if (within === null) throw new Error('a label has room');
    const box = rectAround(within, size.width, size.height);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
  });
});
