import { describe, expect, it } from 'vitest';
import {
  MATRIX_CELL,
  MATRIX_COLUMN_HEADER,
  MATRIX_ROW_HEADER,
  gridWindowOf,
  scrollToShow,
} from './gridWindow';

const SCREEN = {
  width: MATRIX_ROW_HEADER + 20 * MATRIX_CELL,
  height: MATRIX_COLUMN_HEADER + 10 * MATRIX_CELL,
};

describe('when the matrix fits in the view', () => {
  it('shows every row and column', () => {
    expect(gridWindowOf({ top: 0, left: 0, ...SCREEN }, 6, 6)).toEqual({
      rowStart: 0,
      rowEnd: 6,
      colStart: 0,
      colEnd: 6,
    });
  });
});

describe('when the matrix is larger than the view', () => {
  it('shows what fits, and four more beyond each edge', () => {
    expect(gridWindowOf({ top: 0, left: 0, ...SCREEN }, 250, 250)).toEqual({
      rowStart: 0,
      rowEnd: 14,
      colStart: 0,
      colEnd: 24,
    });
  });

  it('follows the scroll', () => {
    const view = { top: 100 * MATRIX_CELL, left: 200 * MATRIX_CELL, ...SCREEN };
    expect(gridWindowOf(view, 250, 250)).toEqual({
      rowStart: 96,
      rowEnd: 114,
      colStart: 196,
      colEnd: 224,
    });
  });

  it('stops at the last row and column', () => {
    const view = { top: 245 * MATRIX_CELL, left: 245 * MATRIX_CELL, ...SCREEN };
    const window = gridWindowOf(view, 250, 250);
    expect(window.rowEnd).toBe(250);
    expect(window.colEnd).toBe(250);
  });
});

describe('when the matrix is drawn larger, in presentation mode', () => {
  it('renders the rows and columns that show at that size, no more', () => {
    const screen = { top: 480, left: 0, width: 1000, height: 700 };
    const scaled = gridWindowOf(screen, 250, 250, 1.6);
    const unscaled = gridWindowOf({ top: 300, left: 0, width: 625, height: 437.5 }, 250, 250);
    expect(scaled).toEqual(unscaled);
    expect(scaled.rowStart).toBeLessThan(gridWindowOf(screen, 250, 250).rowStart);
  });
});

describe('when a cell is to be shown (the focus moved to it)', () => {
  const screen = { top: 0, left: 0, width: 800, height: 500 };
  const stuck = { top: 200, left: 200 };
  const cell = (row: number, col: number) => ({
    top: 200 + row * MATRIX_CELL,
    left: 200 + col * MATRIX_CELL,
    width: MATRIX_CELL,
    height: MATRIX_CELL,
  });

  it('scrolls nothing for a cell in view', () => {
    expect(scrollToShow(screen, cell(2, 3), stuck)).toEqual({ top: 0, left: 0 });
  });

  it('scrolls as little as brings a far cell to the far edges', () => {
    expect(scrollToShow(screen, cell(100, 50), stuck)).toEqual({
      top: 200 + 101 * MATRIX_CELL - 500,
      left: 200 + 51 * MATRIX_CELL - 800,
    });
  });

  it('brings a cell back from under the sticky heads, drawn larger when presented', () => {
    const scrolled = { ...screen, top: 3000, left: 3000 };
    expect(scrollToShow(scrolled, cell(10, 10), stuck)).toEqual({ top: 300, left: 300 });
    expect(scrollToShow(scrolled, cell(10, 10), stuck, 2)).toEqual({ top: 600, left: 600 });
  });
});
