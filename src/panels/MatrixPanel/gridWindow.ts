/**
 * Which rows and columns of a large matrix are on screen: only those are
 * rendered (plus a few beyond each edge), so 250 workloads cost what fits in
 * the view, not 62,500 cells.
 */

/**
 * Pixel sizes of the matrix: square cells (a namespace heading its rows is as
 * tall as a row), a column of row headers, and above the cells a row of
 * namespaces and a row of names written upwards.
 */
export const MATRIX_CELL = 30;
export const MATRIX_ROW_HEADER = 200;
export const MATRIX_GROUP_HEADER = 26;
export const MATRIX_NAME_HEADER = 150;
export const MATRIX_COLUMN_HEADER = MATRIX_GROUP_HEADER + MATRIX_NAME_HEADER;

/**
 * In presentation mode the matrix is drawn this much larger (CSS `zoom` on the
 * table): 30 px cells become 42 px, their 13 px symbols 18 px and the 12 px names
 * 17 px, about the presented page's 18 px (at 1.6 the heads over a lesson's
 * `kube-system/coredns` left a 1280 × 720 projector no row under them).
 */
export const MATRIX_PRESENTING_SCALE = 1.4;

const OVERSCAN = 4;

export interface Viewport {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** Half-open ranges `[rowStart, rowEnd)` and `[colStart, colEnd)`. */
export interface GridWindow {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly colStart: number;
  readonly colEnd: number;
}

function rangeOf(offset: number, size: number, count: number): [number, number] {
  const first = Math.floor(Math.max(0, offset) / MATRIX_CELL) - OVERSCAN;
  const last = Math.ceil((Math.max(0, offset) + size) / MATRIX_CELL) + OVERSCAN;
  return [Math.max(0, Math.min(count, first)), Math.max(0, Math.min(count, last))];
}

/**
 * The rows and columns that show through `view` (scroll offsets and size of
 * the scroll box) when the table is drawn `scale` times its sizes.
 */
export function gridWindowOf(screen: Viewport, rows: number, cols: number, scale = 1): GridWindow {
  const view = {
    top: screen.top / scale,
    left: screen.left / scale,
    width: screen.width / scale,
    height: screen.height / scale,
  };
  const [rowStart, rowEnd] = rangeOf(
    view.top,
    Math.max(0, view.height - MATRIX_COLUMN_HEADER),
    rows,
  );
  const [colStart, colEnd] = rangeOf(view.left, Math.max(0, view.width - MATRIX_ROW_HEADER), cols);
  return { rowStart, rowEnd, colStart, colEnd };
}

/** A box in the table's pixels (before `scale`), from its top-left corner. */
export interface TableBox {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

function offsetToShow(offset: number, size: number, start: number, end: number, stuck: number) {
  if (start - stuck < offset) return Math.max(0, start - stuck);
  if (end > offset + size) return Math.max(0, Math.min(start - stuck, end - size));
  return offset;
}

/**
 * The scroll offsets that bring `box` wholly into the view `screen`, past the heads that stick
 * over its top and left edges (`stuck`, table pixels), moving as little as it takes: the same
 * offsets when it shows already.
 */
export function scrollToShow(
  screen: Viewport,
  box: TableBox,
  stuck: { readonly top: number; readonly left: number },
  scale = 1,
): { readonly top: number; readonly left: number } {
  return {
    top: offsetToShow(
      screen.top,
      screen.height,
      box.top * scale,
      (box.top + box.height) * scale,
      stuck.top * scale,
    ),
    left: offsetToShow(
      screen.left,
      screen.width,
      box.left * scale,
      (box.left + box.width) * scale,
      stuck.left * scale,
    ),
  };
}
