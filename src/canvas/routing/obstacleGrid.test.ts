import { describe, expect, it } from 'vitest';
import type { Rect } from '../edges/edgeGeometry';
import { seededRandom } from '../../engine/__fixtures__/generate';
import { eachAlong, obstacleGridOf, someNear } from './obstacleGrid';
import { PAD, segmentIsClear } from './polylineRoute';
import type { Point } from './rectGeometry';
import { rectGrow, rectsOverlap, segmentEntersRect } from './rectGeometry';

/** A canvas of `count` cards 60–260 by 40–120 px, some overlapping, and segments across it. */
function canvasOf(seed: number, count: number) {
  const random = seededRandom(seed);
  const at = (span: number) => Math.round(random() * span) - 500;
  const rects: Rect[] = Array.from({ length: count }, () => ({
    x: at(6000),
    y: at(4000),
    width: 60 + Math.round(random() * 200),
    height: 40 + Math.round(random() * 80),
  }));
  const points: Point[] = Array.from({ length: 60 }, () => ({ x: at(6400), y: at(4400) }));
  return { rects, points };
}

/** Where the segment enters each card grown by `PAD` (brute force over every card), by index. */
function entries(rects: readonly Rect[], a: Point, b: Point): Map<number, number> {
  const found = new Map<number, number>();
  rects.forEach((r, i) => {
    const t = segmentEntersRect(a, b, rectGrow(r, PAD));
    if (t !== null) found.set(i, t);
  });
  return found;
}

describe('the cards along a segment', () => {
  it('include every card the segment runs into, each once, met no farther on than it is entered', () => {
    for (const seed of [1, 2, 3]) {
      const { rects, points } = canvasOf(seed, 400);
      const grid = obstacleGridOf(rects);
      for (let k = 1; k < points.length; k++) {
        const a = points[k - 1] ?? { x: 0, y: 0 };
        const b = points[k] ?? { x: 0, y: 0 };
        const met: number[] = [];
        const reachOf = new Map<number, number>();
        eachAlong(grid, a, b, PAD, (card, reach) => {
          met.push(card);
          reachOf.set(card, reach);
          return true;
        });
        expect(new Set(met).size).toBe(met.length);
        for (const [card, t] of entries(rects, a, b)) {
          // A search for the first card stops at the first card met with `reach` past the best
          // entry found: no card it has not met yet may be entered before that reach.
          expect(reachOf.get(card)).toBeLessThan(t + 1e-9);
        }
      }
    }
  });

  it('stop when asked', () => {
    const { rects, points } = canvasOf(4, 400);
    const grid = obstacleGridOf(rects);
    const a = points[0] ?? { x: 0, y: 0 };
    const b = points[1] ?? { x: 0, y: 0 };
    let all = 0;
    eachAlong(grid, a, b, PAD, () => {
      all += 1;
      return true;
    });
    let seen = 0;
    eachAlong(grid, a, b, PAD, () => {
      seen += 1;
      return seen < 2;
    });
    expect(all).toBeGreaterThan(2);
    expect(seen).toBe(2);
  });

  it('say a segment is clear exactly when it runs into no card but those it may cross', () => {
    for (const seed of [5, 6]) {
      const { rects, points } = canvasOf(seed, 300);
      const grid = obstacleGridOf(rects);
      const skip = new Set([0, 7, 42]);
      for (let k = 1; k < points.length; k++) {
        const a = points[k - 1] ?? { x: 0, y: 0 };
        const b = points[k] ?? { x: 0, y: 0 };
        const hits = [...entries(rects, a, b).keys()].filter((i) => !skip.has(i));
        expect(segmentIsClear(grid, skip, a, b)).toBe(hits.length === 0);
      }
    }
  });
});

describe('the cards near a box', () => {
  it('find a card the box overlaps exactly when a scan of every card does', () => {
    const { rects, points } = canvasOf(8, 400);
    const grid = obstacleGridOf(rects);
    const sizes = [
      [0, 0],
      [120, 20],
      [400, 300],
      [9000, 7000],
    ] as const;
    for (const p of points) {
      for (const [width, height] of sizes) {
        const box = { x: p.x, y: p.y, width, height };
        const near = someNear(grid, box, (i) => {
          const r = rects[i];
          return r !== undefined && rectsOverlap(r, box);
        });
        expect(near).toBe(rects.some((r) => rectsOverlap(r, box)));
      }
    }
  });
});
