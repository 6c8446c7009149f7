/**
 * Where a line's label goes: the first point along the line, from the middle
 * outwards, where the label's box touches no card and no label placed before
 * it, and within the design (a line routed round its edge put its label
 * outside, cut at the edge of a fitted view: "⊘ all ports" read "orts"), or
 * as little out of it as the line allows. When every point is on
 * a card or another label, the label has no place: it shows while the pointer
 * is on its line (two labels laid one on the other could be read neither).
 */
import type { Rect } from '../edges/edgeGeometry';
import type { ObstacleGrid } from './obstacleGrid';
import { obstaclesNear } from './obstacleGrid';
import type { Point } from './rectGeometry';
import { polylinePoint, rectAround, rectGrow, rectsOverlap } from './rectGeometry';

export interface LabelSize {
  readonly width: number;
  readonly height: number;
}

/** From the middle outwards; a shifted line (one of a two-way pair) starts nearer its arrow. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85, 0.1, 0.9];
const SHIFTED = [0.68, 0.6, 0.76, 0.52, 0.84, 0.44, 0.36, 0.9, 0.28, 0.2];
/** Room kept between a label and a card. */
const MARGIN = 3;
const CELL = 200;

/** The labels placed so far, in a grid of cells. */
export type LabelBoard = Map<string, Rect[]>;

function cellKeys(r: Rect): string[] {
  const keys: string[] = [];
  for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.width) / CELL); cx++) {
    for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.height) / CELL); cy++) {
      keys.push(`${String(cx)},${String(cy)}`);
    }
  }
  return keys;
}

function onBoard(board: LabelBoard, r: Rect): boolean {
  return cellKeys(r).some((k) => (board.get(k) ?? []).some((l) => rectsOverlap(l, r)));
}

function putOnBoard(board: LabelBoard, r: Rect): void {
  for (const k of cellKeys(r)) {
    const list = board.get(k);
    if (list === undefined) board.set(k, [r]);
    else list.push(r);
  }
}

function onCard(grid: ObstacleGrid, r: Rect): boolean {
  return obstaclesNear(grid, r).some((i) => {
    const card = grid.rects[i];
    return card !== undefined && rectsOverlap(card, r);
  });
}

/** How far `box` reaches out of `design`, summed over its four sides; 0 inside. */
function overhang(box: Rect, design: Rect): number {
  return (
    Math.max(0, design.x - box.x) +
    Math.max(0, design.y - box.y) +
    Math.max(0, box.x + box.width - (design.x + design.width)) +
    Math.max(0, box.y + box.height - (design.y + design.height))
  );
}

/**
 * The centre of the label of the line through `points`, or null when no
 * point of the line leaves it off every card and every label on `board`.
 * Of those points, the first whose label lies inside `design` (where the
 * design's nodes lie), else the one whose label reaches out of it least.
 * The chosen box joins `board`.
 */
export function labelSpot(
  points: readonly Point[],
  size: LabelSize,
  grid: ObstacleGrid,
  board: LabelBoard,
  shifted = false,
  design: Rect | null = null,
): Point | null {
  let best: { p: Point; box: Rect; over: number } | null = null;
  for (const at of shifted ? SHIFTED : ALONG) {
    const p = polylinePoint(points, at);
    const box = rectAround(p, size.width, size.height);
    if (onCard(grid, rectGrow(box, MARGIN)) || onBoard(board, box)) continue;
    const over = design === null ? 0 : overhang(box, design);
    if (best === null || over < best.over) best = { p, box, over };
    if (over === 0) break;
  }
  if (best === null) return null;
  putOnBoard(board, best.box);
  return best.p;
}

/**
 * A generous guess of a label's box (11 px semi-bold text, padding and
 * border), `scale` times larger for larger type (presentation mode).
 */
export function labelSizeOf(text: string, scale = 1): LabelSize {
  return { width: Math.ceil((text.length * 7 + 16) * scale), height: Math.ceil(20 * scale) };
}
