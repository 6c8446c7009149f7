/**
 * The cards on the canvas in a coarse grid, so that asking which cards a
 * segment or a label might touch looks at a few cells, not every card.
 */
import type { Rect } from '../edges/edgeGeometry';
import type { Point } from './rectGeometry';

const CELL = 320;
/** A cell with no card. */
const NONE: readonly number[] = [];

export interface ObstacleGrid {
  readonly rects: readonly Rect[];
  readonly cells: ReadonlyMap<number, readonly number[]>;
  /** For each card, the walk (`eachAlong`) that last met it: each walk meets a card once. */
  readonly metBy: Int32Array;
  /** How many walks the grid has seen. */
  walks: number;
}

/** One number per cell (canvases stay far below a million cells a side). */
function cellKey(cx: number, cy: number): number {
  return cx * 1_000_003 + cy;
}

function cellRange(r: Rect): [number, number, number, number] {
  return [
    Math.floor(r.x / CELL),
    Math.floor((r.x + r.width) / CELL),
    Math.floor(r.y / CELL),
    Math.floor((r.y + r.height) / CELL),
  ];
}

export function obstacleGridOf(rects: readonly Rect[]): ObstacleGrid {
  const cells = new Map<number, number[]>();
  rects.forEach((r, i) => {
    const [x0, x1, y0, y1] = cellRange(r);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cellKey(cx, cy);
        const list = cells.get(key);
        if (list === undefined) cells.set(key, [i]);
        else list.push(i);
      }
    }
  });
  return { rects, cells, metBy: new Int32Array(rects.length), walks: 0 };
}

/** The indexes of the cards whose cells meet the box `r`, each once. */
export function obstaclesNear(grid: ObstacleGrid, r: Rect): number[] {
  const [x0, x1, y0, y1] = cellRange(r);
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > grid.cells.size) {
    return grid.rects.map((_, i) => i);
  }
  const found = new Set<number>();
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      for (const i of grid.cells.get(cellKey(cx, cy)) ?? NONE) found.add(i);
    }
  }
  return [...found];
}

/**
 * Whether `test` holds for some card whose cells meet the box `r` (`obstaclesNear`'s cards; a
 * card may be tested more than once), asking no more once it does.
 */
export function someNear(grid: ObstacleGrid, r: Rect, test: (card: number) => boolean): boolean {
  const [x0, x1, y0, y1] = cellRange(r);
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > grid.cells.size) {
    for (let i = 0; i < grid.rects.length; i++) if (test(i)) return true;
    return false;
  }
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      for (const i of grid.cells.get(cellKey(cx, cy)) ?? NONE) if (test(i)) return true;
    }
  }
  return false;
}

/**
 * The indexes of the cards whose cells meet the segment a→b thickened by
 * `pad`, each once: the cells of small boxes along the segment, so that a
 * long diagonal line does not look at the whole canvas.
 */
export function obstaclesAlong(grid: ObstacleGrid, a: Point, b: Point, pad: number): number[] {
  const found: number[] = [];
  eachAlong(grid, a, b, pad, (i) => {
    found.push(i);
    return true;
  });
  return found;
}

/**
 * `obstaclesAlong`'s cards one at a time, in its order (from a towards b), until `visit` says
 * stop (returns false). With each card comes `reach`: no card met from then on enters the
 * segment thickened by `pad` before that fraction of the way from a to b (a card met at the box
 * round the segment's point k of n is within half a box of it), so that a search for the
 * segment's first card can stop once it has one nearer than `reach`.
 */
export function eachAlong(
  grid: ObstacleGrid,
  a: Point,
  b: Point,
  pad: number,
  visit: (card: number, reach: number) => boolean,
): void {
  const step = CELL / 2;
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const samples = Math.max(1, Math.ceil(length / step));
  const half = step / 2 + pad;
  const walk = ++grid.walks;
  // A cell meets the boxes of consecutive points only (the boxes move along a line): a cell
  // that the box before held was looked at already.
  let px0 = 1;
  let px1 = 0;
  let py0 = 1;
  let py1 = 0;
  for (let k = 0; k <= samples; k++) {
    const x = a.x + ((b.x - a.x) * k) / samples;
    const y = a.y + ((b.y - a.y) * k) / samples;
    const x0 = Math.floor((x - half) / CELL);
    const x1 = Math.floor((x - half + 2 * half) / CELL);
    const y0 = Math.floor((y - half) / CELL);
    const y1 = Math.floor((y - half + 2 * half) / CELL);
    const reach = (k - 1) / samples;
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        if (cx >= px0 && cx <= px1 && cy >= py0 && cy <= py1) continue;
        for (const i of grid.cells.get(cellKey(cx, cy)) ?? NONE) {
          if (grid.metBy[i] === walk) continue;
          grid.metBy[i] = walk;
          if (!visit(i, reach)) return;
        }
      }
    }
    px0 = x0;
    px1 = x1;
    py0 = y0;
    py1 = y1;
  }
}

/** The box spanned by two points. */
export function spanOf(a: Point, b: Point): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
}
