/**
 * The top level of a laid-out design (namespace boxes, external endpoints,
 * the ends of broad rules) packed again in rows, in their order, at the row
 * width whose picture fills the canvas best once fitted. ELK's rectpacking
 * aims at the canvas's shape but, with a few large boxes, settles on a
 * column: a 40-workload dump in four namespaces filled 45 % of the width of a
 * 1440×900 screen. Each box keeps its inside; only its place changes.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';

/** Between boxes, as ELK's packing leaves (`elkGraph.ts`). */
const GAP = 64;

interface Box {
  readonly width: number;
  readonly height: number;
}

interface Packed {
  readonly places: { x: number; y: number }[];
  readonly width: number;
  readonly height: number;
}

type Size = Omit<Packed, 'places'>;

/**
 * Boxes left to right in rows no wider than `rowWidth` (a box wider than it
 * has a row of its own): the size of the rows, and each box's place told to `place`.
 */
function rowsOf(
  boxes: readonly Box[],
  rowWidth: number,
  place: (x: number, y: number) => void = () => undefined,
): Size {
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      y += rowHeight + GAP;
      x = 0;
      rowHeight = 0;
    }
    place(x, y);
    width = Math.max(width, x + box.width);
    rowHeight = Math.max(rowHeight, box.height);
    x += box.width + GAP;
  }
  return { width, height: y + rowHeight };
}

/**
 * Places for `boxes` in rows: of every row width that changes the rows, the
 * one whose picture is largest when fitted to a canvas of `aspectRatio`
 * (width over height). Each width is tried by its size alone and only the
 * best one is placed: a dump's 200 top-level nodes made 40,000 places to
 * keep 200, garbage collected in the task that takes the layout in.
 */
export function packRows(boxes: readonly Box[], aspectRatio: number): Packed {
  let bestWidth = 0;
  let bestScale = 0;
  let reach = 0;
  const widths = new Set<number>();
  for (const box of boxes) {
    reach += box.width;
    widths.add(reach);
    reach += GAP;
  }
  for (const rowWidth of widths) {
    const packed = rowsOf(boxes, rowWidth);
    const scale = Math.min(aspectRatio / packed.width, 1 / packed.height);
    if (scale > bestScale) {
      bestWidth = rowWidth;
      bestScale = scale;
    }
  }
  const places: { x: number; y: number }[] = [];
  const size = rowsOf(boxes, bestWidth, (x, y) => {
    places.push({ x, y });
  });
  return { places, ...size };
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
