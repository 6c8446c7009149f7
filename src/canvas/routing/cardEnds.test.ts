import { describe, expect, it } from 'vitest';
import { END_GAP, spreadCardEnds } from './cardEnds';
import type { Point } from './rectGeometry';

const p = (x: number, y: number): Point => ({ x, y });
const anywhere = { x: 0, y: 0, width: 200, height: 60 };
const always = () => true;

/** Whether the segments a→b and c→d cross (touching ends do not count). */
function cross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

describe('lines that come side by side from below left, each to the card’s centre', () => {
  // Five lanes 6 pixels apart, as a corridor brings them, aimed at the card's centre (100, 30):
  // cut at its border, they end within a few pixels of each other.
  const lines = [0, 1, 2, 3, 4].map((i) => {
    const from = p(100 - 257 + 3 * i, 30 + 154 + 5 * i);
    const t = (from.y - 60) / (from.y - 30);
    return { points: [from, p(from.x + (100 - from.x) * t, 60)] };
  });
  const spread = spreadCardEnds(anywhere, lines, always);
  const ends = spread.map((points) => points[points.length - 1] ?? p(0, 0));

  it('ended within a few pixels of each other before', () => {
    const xs = lines.map((l) => l.points[2]?.x ?? 0);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(END_GAP);
  });

  it('each end at its own spot on the side they arrive at, an arrowhead apart', () => {
    for (const end of ends) expect(end.y).toBe(60);
    const xs = ends.map((e) => e.x).sort((a, b) => a - b);
    xs.slice(1).forEach((x, i) => {
      expect(x - (xs[i] ?? 0)).toBeGreaterThanOrEqual(END_GAP - 1e-9);
    });
    for (const x of xs) {
      expect(x).toBeGreaterThan(anywhere.x);
      expect(x).toBeLessThan(anywhere.x + anywhere.width);
    }
  });

  it('in the order they come, and no two cross', () => {
    const before = lines.map((l) => l.points[1]?.x ?? 0);
    const order = (xs: number[]) => xs.map((_, i) => i).sort((a, b) => (xs[a] ?? 0) - (xs[b] ?? 0));
    expect(order(ends.map((e) => e.x))).toEqual(order(before));
    spread.forEach((one, i) => {
      spread.slice(i + 1).forEach((other) => {
        for (let a = 1; a < one.length; a++) {
          for (let b = 1; b < other.length; b++) {
            const [p1, p2, q1, q2] = [one[a - 1], one[a], other[b - 1], other[b]];
            if (p1 && p2 && q1 && q2) expect(cross(p1, p2, q1, q2)).toBe(false);
          }
        }
      });
    });
  });

  it('arrive square to the side, from below it', () => {
    for (const points of spread) {
      const [turn, end] = points.slice(-2);
      expect(turn?.x).toBeCloseTo(end?.x ?? NaN);
      expect(turn?.y).toBeGreaterThan(60);
      expect(end?.y).toBe(60);
    }
  });

  it('go as near a corner as it takes for no new last piece to cross another card', () => {
    // A card to the right of x = 80 under the side: the spots start at the left corner.
    const left = spreadCardEnds(anywhere, lines, (_, a, b) => Math.max(a.x, b.x) <= 80);
    const xs = left.map((points) => points.at(-1)?.x ?? NaN).sort((a, b) => a - b);
    expect(xs[0]).toBe(10);
    expect(xs[4]).toBeLessThanOrEqual(80);
  });

  it('keep their ends where one cannot move without crossing another card', () => {
    // Line 2 reaches its end now clear of every card, and no other end.
    const end = lines[2]?.points.at(-1);
    const kept = spreadCardEnds(anywhere, lines, (line, _, b) => line !== 2 || b === end);
    kept.forEach((points, i) => {
      expect(points).toBe(lines[i]?.points);
    });
  });

  it('move one whose last piece crossed a card already, with the others', () => {
    const moved = spreadCardEnds(anywhere, lines, (line) => line !== 2);
    moved.forEach((points, i) => {
      expect(points).not.toBe(lines[i]?.points);
    });
  });
});

describe('lines that already end apart on a card', () => {
  it('keep their ends', () => {
    const lines = [
      { points: [p(20, 200), p(20, 60)] },
      { points: [p(100, 200), p(100, 60)] },
      { points: [p(-100, 30), p(0, 30)] },
    ];
    const spread = spreadCardEnds(anywhere, lines, always);
    spread.forEach((points, i) => {
      expect(points).toBe(lines[i]?.points);
    });
  });
});

describe('many lines on a short side', () => {
  it('share it evenly, clear of its corners', () => {
    const lines = Array.from({ length: 8 }, () => ({ points: [p(-300, 30), p(0, 30)] }));
    const ys = spreadCardEnds(anywhere, lines, always).map((points) => points.at(-1)?.y ?? NaN);
    const sorted = [...ys].sort((a, b) => a - b);
    expect(sorted[0]).toBeGreaterThan(0);
    expect(sorted[7]).toBeLessThan(60);
    expect(new Set(ys).size).toBe(8);
  });
});

describe('summary lines, their arrowheads wider than a rule line’s', () => {
  const box = { x: 0, y: 0, width: 300, height: 80 };
  // Four lines 24 pixels apart end on the box's bottom: apart enough for a rule line's
  // arrowheads, not for a summary's (about 22 pixels wide).
  const lines = [0, 1, 2, 3].map((i) => ({ points: [p(114 + 24 * i, 300), p(114 + 24 * i, 80)] }));

  it('a rule line’s ends that far apart stay', () => {
    const spread = spreadCardEnds(box, lines, always);
    spread.forEach((points, i) => {
      expect(points).toBe(lines[i]?.points);
    });
  });

  it('a summary’s are spread an arrowhead and some room apart', () => {
    const arrow = 21.6;
    const xs = spreadCardEnds(
      box,
      lines.map((l) => ({ ...l, arrow })),
      always,
    ).map((points) => points.at(-1)?.x ?? NaN);
    xs.slice(1).forEach((x, i) => {
      expect(x - (xs[i] ?? 0)).toBeGreaterThanOrEqual(arrow + 6);
    });
  });
});
