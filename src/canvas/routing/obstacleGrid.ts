/**
 * The cards on the canvas in a coarse grid, so that asking which cards a
 * segment or a label might touch looks at a few cells, not every card.
 */
import type { Rect } from '../edges/edgeGeometry';
import type { Point } from './rectGeometry';

const CELL = 320;

export interface ObstacleGrid {
  readonly rects: readonly Rect[];
  readonly cells: ReadonlyMap<number, readonly number[]>;
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
  return { rects, cells };
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
      for (const i of grid.cells.get(cellKey(cx, cy)) ?? []) found.add(i);
    }
  }
  return [...found];
}

/**
 * The indexes of the cards whose cells meet the segment a→b thickened by
 * `pad`, each once: the cells of small boxes along the segment, so that a
 * long diagonal line does not look at the whole canvas.
 */
export function obstaclesAlong(grid: ObstacleGrid, a: Point, b: Point, pad: number): number[] {
  const step = CELL / 2;
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const samples = Math.max(1, Math.ceil(length / step));
  const half = step / 2 + pad;
  const keys = new Set<number>();
  for (let i = 0; i <= samples; i++) {
    const x = a.x + ((b.x - a.x) * i) / samples;
    const y = a.y + ((b.y - a.y) * i) / samples;
    const [x0, x1, y0, y1] = cellRange({
      x: x - half,
      y: y - half,
      width: 2 * half,
      height: 2 * half,
    });
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) keys.add(cellKey(cx, cy));
    }
  }
  const found = new Set<number>();
  for (const key of keys) for (const i of grid.cells.get(key) ?? []) found.add(i);
  return [...found];
}

/** The box spanned by two points. */
export function spanOf(a: Point, b: Point): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
}
