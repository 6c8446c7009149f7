/**
 * Boxes packed in rows, in their order, at the row width whose picture fills
 * its aim best once fitted. The top level of a laid-out design (namespace
 * boxes, external endpoints, the ends of broad rules) is packed so again
 * (`repackTop`): ELK's rectpacking aims at the canvas's shape but, with a few
 * large boxes, settles on a column: a 40-workload dump in four namespaces
 * filled 45 % of the width of a 1440×900 screen. An opened namespace's cards
 * without a line inside it are packed so beside the linked ones
 * (`loneCards.ts`).
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Size } from '../layoutGeometry';

/** Between boxes of the top level, as ELK's packing leaves (`elkGraph.ts`). */
export const TOP_GAP = 64;

/**
 * How rows are packed: `gap` between two boxes of a row and between two rows; `beside`, a block
 * already placed at the top left (a namespace's linked cards) that a row starts right of, its
 * `gap` away, while it runs alongside; `frame`, what the picture adds around the rows (a
 * namespace's insets) when it is fitted to the aim.
 */
export interface RowSpacing {
  readonly gap: number;
  /** The row widths to choose among; by default every one that changes the rows (`rowWidthsOf`). */
  readonly widths?: readonly number[];
  readonly beside?: Size & { readonly gap: number };
  readonly frame?: Size;
  /**
   * From this many boxes, every row width at which any row changes is tried, not only those at
   * which the first row ends (`rowWidthsOf`): the top level of a large design, where "Anywhere",
   * narrower than a namespace's box, starts the first row. Tried by the first row alone, the
   * 1,000-workload overview had rows of 6 boxes below a first row of 7 (rows of 7 never came
   * up), 116 px of a 1440×900 canvas left empty at their right. A design of fewer boxes (a
   * lesson, a folder of a few namespaces) is packed as it always was.
   */
  readonly everyRowFrom?: number;
}

export interface Packed extends Size {
  readonly places: { x: number; y: number }[];
}

/** From a dozen boxes, the top level is a large design's: `everyRowFrom`. */
export const EVERY_ROW_FROM = 12;

const TOP: RowSpacing = { gap: TOP_GAP, everyRowFrom: EVERY_ROW_FROM };

/** The size of some rows, and the least row width above theirs at which they would change. */
interface Rows extends Size {
  readonly next: number;
}

/**
 * Boxes left to right in rows no wider than `rowWidth` (a box wider than it has a row of its
 * own; a row beside the block that has no room for it moves below the block): the size of the
 * rows and of the block, and each box's place told to `place`. `next` is the least row width at
 * which a box that starts a row (or goes below the block) would fit where it would have been.
 */
function rowsOf(
  boxes: readonly Size[],
  rowWidth: number,
  { gap, beside }: RowSpacing,
  place: (x: number, y: number) => void = () => undefined,
): Rows {
  const start = (y: number) =>
    beside !== undefined && y < beside.height ? beside.width + beside.gap : 0;
  let y = 0;
  let x = start(0);
  let rowHeight = 0;
  let width = beside?.width ?? 0;
  let next = Infinity;
  for (const box of boxes) {
    if (x > start(y) && x + box.width > rowWidth) {
      next = Math.min(next, x + box.width);
      y += rowHeight + gap;
      x = start(y);
      rowHeight = 0;
    }
    if (beside !== undefined && x > 0 && x === start(y) && x + box.width > rowWidth) {
      next = Math.min(next, x + box.width);
      y = Math.max(y, beside.height + gap);
      x = 0;
    }
    place(x, y);
    width = Math.max(width, x + box.width);
    rowHeight = Math.max(rowHeight, box.height);
    x += box.width + gap;
  }
  const height = Math.max(beside?.height ?? 0, boxes.length > 0 ? y + rowHeight : 0);
  return { width, height, next };
}

/**
 * The row widths that change how `boxes` fall in rows, narrowest first: each box ending a row,
 * beside the block or below it.
 */
export function rowWidthsOf(boxes: readonly Size[], { gap, beside }: RowSpacing): number[] {
  const widths = new Set<number>();
  let reach = 0;
  for (const box of boxes) {
    reach += box.width;
    widths.add(Math.max(beside?.width ?? 0, reach));
    if (beside !== undefined) widths.add(beside.width + beside.gap + reach);
    reach += gap;
  }
  return [...widths].sort((a, b) => a - b);
}

/**
 * Places for `boxes` in rows: of every row width that changes the rows, the
 * one whose picture (with its frame) is largest when fitted to an aim of
 * `aspectRatio` (width over height); the narrowest of those that tie. Each width is
 * tried by its size alone and only the best one is placed: a dump's 200
 * top-level nodes made 40,000 places to keep 200, garbage collected in the
 * task that takes the layout in.
 */
export function packRows(
  boxes: readonly Size[],
  aspectRatio: number,
  spacing: RowSpacing = TOP,
): Packed {
  const frame = spacing.frame ?? { width: 0, height: 0 };
  let bestWidth = spacing.beside?.width ?? 0;
  let bestScale = 0;
  const tryWidth = (rowWidth: number): Rows => {
    const size = rowsOf(boxes, rowWidth, spacing);
    const scale = Math.min(
      aspectRatio / (size.width + frame.width),
      1 / (size.height + frame.height),
    );
    if (scale > bestScale) {
      bestWidth = rowWidth;
      bestScale = scale;
    }
    return size;
  };
  if (spacing.widths === undefined && boxes.length >= (spacing.everyRowFrom ?? Infinity)) {
    // From a column, each width at which the rows change, narrowest first.
    for (let width = 0; Number.isFinite(width); width = tryWidth(width).next);
  } else {
    for (const rowWidth of spacing.widths ?? rowWidthsOf(boxes, spacing)) tryWidth(rowWidth);
  }
  const places: { x: number; y: number }[] = [];
  const { width, height } = rowsOf(boxes, bestWidth, spacing, (x, y) => {
    places.push({ x, y });
  });
  return { places, width, height };
}

/** `laidOut` with its top-level nodes packed by `packRows`, their insides as ELK drew them. */
export function repackTop(laidOut: ElkNode, aspectRatio: number): ElkNode {
  const top = laidOut.children ?? [];
  const boxes = top.map((n) => ({ width: n.width ?? 0, height: n.height ?? 0 }));
  const { places } = packRows(boxes, aspectRatio);
  const children = top.map((n, i) => {
    const place = places[i];
    return place === undefined ? n : { ...n, ...place };
  });
  return { ...laidOut, children };
}
