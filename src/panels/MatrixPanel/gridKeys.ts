/**
 * The matrix as a grid a keyboard walks (the WAI-ARIA grid pattern): one place has the focus, and
 * keys move it. A place is a source's row and a destination's column; row -1 is the row of
 * column heads and column -1 the column of row heads (their corner holds nothing to visit).
 */

export interface GridPlace {
  /** -1: the column heads; else a source (index into the rows shown). */
  readonly row: number;
  /** -1: the row heads; else a destination (index into the columns shown). */
  readonly col: number;
}

export interface GridSize {
  readonly rows: number;
  readonly cols: number;
  /** How many rows a screenful shows (PageUp, PageDown). */
  readonly page: number;
}

export interface GridKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

const clamp = (n: number, least: number, most: number) => Math.max(least, Math.min(most, n));

/** `at` within a grid of `size` (a filter left fewer rows or columns), never the corner. */
export function gridPlaceIn(at: GridPlace, size: Pick<GridSize, 'rows' | 'cols'>): GridPlace {
  const row = clamp(at.row, -1, size.rows - 1);
  const col = clamp(at.col, row === -1 ? 0 : -1, size.cols - 1);
  return { row, col };
}

/**
 * Where `key` moves the focus from `at`: an arrow one place that way (onto the heads too), Home
 * and End the first and last cell of the row, Ctrl+Home and Ctrl+End the first and the last cell
 * of the matrix, PageUp and PageDown a screenful of rows. The same place at an edge; null for a
 * key the grid leaves alone.
 */
export function gridMove(at: GridPlace, key: GridKey, size: GridSize): GridPlace | null {
  const mod = key.ctrlKey || key.metaKey;
  const last = { row: size.rows - 1, col: size.cols - 1 };
  const page = Math.max(1, size.page);
  const to = (row: number, col: number) => gridPlaceIn({ row, col }, size);
  switch (key.key) {
    case 'ArrowRight':
      return to(at.row, at.col + 1);
    case 'ArrowLeft':
      return to(at.row, Math.max(at.row === -1 ? 0 : -1, at.col - 1));
    case 'ArrowDown':
      return to(at.row + 1, at.col);
    case 'ArrowUp':
      return to(Math.max(at.col === -1 ? 0 : -1, at.row - 1), at.col);
    case 'Home':
      return mod ? to(0, 0) : to(at.row, 0);
    case 'End':
      return mod ? to(last.row, last.col) : to(at.row, last.col);
    case 'PageDown':
      return to(at.row + page, at.col);
    case 'PageUp':
      return to(at.row === -1 ? -1 : Math.max(0, at.row - page), at.col);
    default:
      return null;
  }
}
