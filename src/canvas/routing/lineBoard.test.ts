import { describe, expect, it } from 'vitest';
import { lineBoardOf, runsAlongside } from './lineBoard';

const box = { x: 100, y: -10, width: 60, height: 20 };
const east = { x: 1, y: 0 };
const A = { key: 'a', says: 'TCP 443' };

/** A line of `key`, whose label says `says`, across the page at height `y` (from `x0` to `x1`). */
function horizontal(key: string, says: string | null, y: number, x0 = 0, x1 = 900) {
  return {
    key,
    says,
    points: [
      { x: x0, y },
      { x: x1, y },
    ],
  };
}

/** A line of `key`, whose label says `says`, down the page at `x`, through the label's box. */
function vertical(key: string, says: string | null, x: number) {
  return {
    key,
    says,
    points: [
      { x, y: -300 },
      { x, y: 300 },
    ],
  };
}

describe('whether another line runs alongside a label’s line', () => {
  it('is so for a line a lane away, through the label’s box', () => {
    const board = lineBoardOf([horizontal('b', 'TCP 80', 8)]);
    expect(runsAlongside(board, box, A, east)).toBe(true);
  });

  it('is not so for a faint line (dimmed by a focus) beside a strong line’s label', () => {
    // F on cartservice: its lit lines run beside dimmed ones in one corridor; their labels read.
    const board = lineBoardOf([{ ...horizontal('b', 'TCP 80', 8), faint: true }]);
    expect(runsAlongside(board, box, A, east)).toBe(false);
    expect(runsAlongside(board, box, { ...A, faint: true }, east)).toBe(true);
  });

  it('is not so for a line that crosses it, one outside the box, or the line itself', () => {
    const board = lineBoardOf([
      vertical('b', 'TCP 80', 130),
      horizontal('c', null, 30),
      horizontal('a', 'TCP 443', 0),
    ]);
    expect(runsAlongside(board, box, A, east)).toBe(false);
  });

  it('finds a long line in every cell it passes', () => {
    const board = lineBoardOf([horizontal('b', 'TCP 80', 4, -5000, 5000)]);
    expect(runsAlongside(board, { ...box, x: 3333 }, A, east)).toBe(true);
  });
});

describe('whether any other line comes through a box', () => {
  it('counts a line that crosses it, with no heading to compare with', () => {
    const board = lineBoardOf([vertical('b', 'TCP 80', 130)]);
    expect(runsAlongside(board, box, A, east)).toBe(false);
    expect(runsAlongside(board, box, A, null)).toBe(true);
  });
});

describe('a line whose label says the same', () => {
  it('leaves no doubt, alongside or through', () => {
    const board = lineBoardOf([horizontal('b', 'TCP 443', 8)]);
    expect(runsAlongside(board, box, A, east)).toBe(false);
    expect(runsAlongside(board, box, A, null)).toBe(false);
  });
});
