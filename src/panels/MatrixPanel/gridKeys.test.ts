import { describe, expect, it } from 'vitest';
import { gridMove, gridPlaceIn } from './gridKeys';
import type { GridPlace } from './gridKeys';

const size = { rows: 1000, cols: 1000, page: 18 };
const press = (at: GridPlace, key: string, ctrlKey = false) =>
  gridMove(at, { key, ctrlKey, metaKey: false }, size);

describe('the keys of the matrix grid', () => {
  it('move one cell with an arrow, and stay at the edge', () => {
    expect(press({ row: 5, col: 5 }, 'ArrowRight')).toEqual({ row: 5, col: 6 });
    expect(press({ row: 5, col: 5 }, 'ArrowLeft')).toEqual({ row: 5, col: 4 });
    expect(press({ row: 5, col: 5 }, 'ArrowDown')).toEqual({ row: 6, col: 5 });
    expect(press({ row: 5, col: 5 }, 'ArrowUp')).toEqual({ row: 4, col: 5 });
    expect(press({ row: 999, col: 999 }, 'ArrowRight')).toEqual({ row: 999, col: 999 });
    expect(press({ row: 999, col: 999 }, 'ArrowDown')).toEqual({ row: 999, col: 999 });
  });

  it('reach the heads past the first row and column, never their corner', () => {
    expect(press({ row: 0, col: 3 }, 'ArrowUp')).toEqual({ row: -1, col: 3 });
    expect(press({ row: 3, col: 0 }, 'ArrowLeft')).toEqual({ row: 3, col: -1 });
    expect(press({ row: -1, col: 0 }, 'ArrowLeft')).toEqual({ row: -1, col: 0 });
    expect(press({ row: 0, col: -1 }, 'ArrowUp')).toEqual({ row: 0, col: -1 });
    expect(press({ row: -1, col: 3 }, 'ArrowUp')).toEqual({ row: -1, col: 3 });
  });

  it('go to the ends of the row with Home and End, to the corners with Ctrl', () => {
    expect(press({ row: 7, col: 500 }, 'Home')).toEqual({ row: 7, col: 0 });
    expect(press({ row: 7, col: 500 }, 'End')).toEqual({ row: 7, col: 999 });
    expect(press({ row: -1, col: 500 }, 'End')).toEqual({ row: -1, col: 999 });
    expect(press({ row: 7, col: 500 }, 'Home', true)).toEqual({ row: 0, col: 0 });
    expect(press({ row: 7, col: 500 }, 'End', true)).toEqual({ row: 999, col: 999 });
    expect(
      gridMove({ row: 7, col: 5 }, { key: 'End', ctrlKey: false, metaKey: true }, size),
    ).toEqual({ row: 999, col: 999 });
  });

  it('go a screenful of rows with PageUp and PageDown, as far as the first and last row', () => {
    expect(press({ row: 7, col: 3 }, 'PageDown')).toEqual({ row: 25, col: 3 });
    expect(press({ row: 990, col: 3 }, 'PageDown')).toEqual({ row: 999, col: 3 });
    expect(press({ row: 25, col: 3 }, 'PageUp')).toEqual({ row: 7, col: 3 });
    expect(press({ row: 7, col: 3 }, 'PageUp')).toEqual({ row: 0, col: 3 });
    expect(press({ row: -1, col: 3 }, 'PageUp')).toEqual({ row: -1, col: 3 });
    expect(press({ row: -1, col: 3 }, 'PageDown')).toEqual({ row: 17, col: 3 });
  });

  it('leave other keys to the page', () => {
    expect(press({ row: 1, col: 1 }, 'Tab')).toBeNull();
    expect(press({ row: 1, col: 1 }, 'Enter')).toBeNull();
    expect(press({ row: 1, col: 1 }, 'f')).toBeNull();
  });
});

describe('a place kept while the grid changes', () => {
  it('stays within the rows and columns a filter leaves', () => {
    expect(gridPlaceIn({ row: 40, col: 60 }, { rows: 10, cols: 20 })).toEqual({
      row: 9,
      col: 19,
    });
    expect(gridPlaceIn({ row: -1, col: -1 }, { rows: 10, cols: 20 })).toEqual({
      row: -1,
      col: 0,
    });
    expect(gridPlaceIn({ row: 3, col: 4 }, { rows: 10, cols: 20 })).toEqual({ row: 3, col: 4 });
  });
});
