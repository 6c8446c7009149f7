import { describe, expect, it } from 'vitest';
import { lineBoardOf, runsAlongside } from './lineBoard';

const box = { x: 100, y: -10, width: 60, height: 20 };
const east = { x: 1, y: 0 };
const A = { key: 'a', says: 'TCP 443' };

describe('whether another line runs alongside a label’s line', () => {
  it('is so for a line a lane away, through the label’s box', () => {
    const board = lineBoardOf([
      {
        key: 'b',
        says: 'TCP 80',
        points: [
          { x: 0, y: 8 },
          { x: 900, y: 8 },
        ],
      },
    ]);
    expect(runsAlongside(board, box, A, east)).toBe(true);
  });

  it('is not so for a line that crosses it, one outside the box, or the line itself', () => {
    const board = lineBoardOf([
      {
        key: 'b',
        says: 'TCP 80',
        points: [
          { x: 130, y: -300 },
          { x: 130, y: 300 },
        ],
      },
      {
        key: 'c',
        says: null,
        points: [
          { x: 0, y: 30 },
          { x: 900, y: 30 },
        ],
      },
      {
        key: 'a',
        says: 'TCP 443',
        points: [
          { x: 0, y: 0 },
          { x: 900, y: 0 },
        ],
      },
    ]);
    expect(runsAlongside(board, box, A, east)).toBe(false);
  });

  it('finds a long line in every cell it passes', () => {
    const board = lineBoardOf([
      {
        key: 'b',
        says: 'TCP 80',
        points: [
          { x: -5000, y: 4 },
          { x: 5000, y: 4 },
        ],
      },
    ]);
    expect(runsAlongside(board, { ...box, x: 3333 }, A, east)).toBe(true);
  });
});

describe('whether any other line comes through a box', () => {
  it('counts a line that crosses it, with no heading to compare with', () => {
    const board = lineBoardOf([
      {
        key: 'b',
        says: 'TCP 80',
        points: [
          { x: 130, y: -300 },
          { x: 130, y: 300 },
        ],
      },
    ]);
    expect(runsAlongside(board, box, A, east)).toBe(false);
    expect(runsAlongside(board, box, A, null)).toBe(true);
  });
});

describe('a line whose label says the same', () => {
  it('leaves no doubt, alongside or through', () => {
    const board = lineBoardOf([
      {
        key: 'b',
        says: 'TCP 443',
        points: [
          { x: 0, y: 8 },
          { x: 900, y: 8 },
        ],
      },
    ]);
    expect(runsAlongside(board, box, A, east)).toBe(false);
    expect(runsAlongside(board, box, A, null)).toBe(false);
  });
});
