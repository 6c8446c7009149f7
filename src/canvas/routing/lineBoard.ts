/**
 * The lines of the canvas in a grid of cells, so that a label can tell
 * whether another line runs alongside its own through the label's box: two
 * lines a few pixels apart under one label, or labels side by side on lines
 * that share a corridor, cannot be told apart ("TCP 7070 TCP 7000": which is
 * whose?). A line that crosses the label's line is no such doubt.
 */
import type { Rect } from '../edges/edgeGeometry';
import type { Point } from './rectGeometry';
import { segmentEntersRect } from './rectGeometry';

const CELL = 200;
/** Lines closer in direction than this (the sine of about 20°) run alongside each other. */
const ALONGSIDE = 0.34;

interface Piece {
  readonly a: Point;
  readonly b: Point;
  /** The unit vector from a to b. */
  readonly u: Point;
  /** Which line it belongs to: lines with one key are one line (a two-way pair's two directions). */
  readonly key: string;
  /** What its label says, or null for none. */
  readonly says: string | null;
  /** Drawn faint (dimmed by a focus, faded by a comparison). */
  readonly faint: boolean;
}

/**
 * A label's own line: its key, what its label says, and whether it is drawn faint (a line
 * drawn strong reads apart from faint lines along it: its label may lie over them).
 */
export interface LabelLine {
  readonly key: string;
  readonly says: string | null;
  readonly faint?: boolean;
}

export interface LineBoard {
  readonly pieces: readonly Piece[];
  readonly cells: ReadonlyMap<number, readonly number[]>;
}

const cellKey = (cx: number, cy: number) => cx * 1_000_003 + cy;
/** A cell no line passes. */
const NONE: readonly number[] = [];

/** The cells a box meets: from column x0 to x1, row y0 to y1. */
function cellRangeOf(r: Rect): { x0: number; x1: number; y0: number; y1: number } {
  return {
    x0: Math.floor(r.x / CELL),
    x1: Math.floor((r.x + r.width) / CELL),
    y0: Math.floor(r.y / CELL),
    y1: Math.floor((r.y + r.height) / CELL),
  };
}

/** The cells a box meets. */
function cellsOf(r: Rect): number[] {
  const { x0, x1, y0, y1 } = cellRangeOf(r);
  const keys: number[] = [];
  for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) keys.push(cellKey(cx, cy));
  return keys;
}

export function lineBoardOf(
  lines: readonly (LabelLine & { readonly points: readonly Point[] })[],
): LineBoard {
  const pieces: Piece[] = [];
  const cells = new Map<number, number[]>();
  for (const { key, says, faint = false, points } of lines) {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      const length = a === undefined || b === undefined ? 0 : Math.hypot(b.x - a.x, b.y - a.y);
      if (a === undefined || b === undefined || length === 0) continue;
      const index = pieces.length;
      const u = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
      pieces.push({ a, b, u, key, says, faint });
      // Boxes half a cell wide, half a cell apart along the piece: every cell it passes. A cell
      // meets the boxes of consecutive steps only (they move along a line): one the box before
      // met has the piece already.
      const steps = Math.max(1, Math.ceil(length / (CELL / 2)));
      let before = { x0: 1, x1: 0, y0: 1, y1: 0 };
      for (let s = 0; s <= steps; s++) {
        const x = a.x + ((b.x - a.x) * s) / steps - CELL / 4;
        const y = a.y + ((b.y - a.y) * s) / steps - CELL / 4;
        const box = cellRangeOf({ x, y, width: CELL / 2, height: CELL / 2 });
        for (let cx = box.x0; cx <= box.x1; cx++) {
          for (let cy = box.y0; cy <= box.y1; cy++) {
            if (cx >= before.x0 && cx <= before.x1 && cy >= before.y0 && cy <= before.y1) continue;
            const k = cellKey(cx, cy);
            const list = cells.get(k);
            if (list === undefined) cells.set(k, [index]);
            else list.push(index);
          }
        }
        before = box;
      }
    }
  }
  return { pieces, cells };
}

/** Whether the box a piece spans meets the inside of `box` (else the piece cannot run through it). */
function spansMeet({ a, b }: Piece, box: Rect): boolean {
  return (
    Math.max(a.x, b.x) > box.x &&
    Math.min(a.x, b.x) < box.x + box.width &&
    Math.max(a.y, b.y) > box.y &&
    Math.min(a.y, b.y) < box.y + box.height
  );
}

/**
 * Whether a line other than `own` runs through `box` alongside `heading`
 * (the direction of the label's own line there), or, with no heading, in any
 * direction. A line whose label says the same is no doubt: the label tells
 * the truth about either; nor is a faint line for the label of a strong one.
 */
export function runsAlongside(
  board: LineBoard,
  box: Rect,
  own: LabelLine,
  heading: Point | null,
): boolean {
  for (const cell of cellsOf(box)) {
    for (const i of board.cells.get(cell) ?? NONE) {
      const piece = board.pieces[i];
      if (piece === undefined || !spansMeet(piece, box) || piece.key === own.key) continue;
      if (own.says !== null && piece.says === own.says) continue;
      if (piece.faint && own.faint !== true) continue;
      const across = heading === null ? 0 : heading.x * piece.u.y - heading.y * piece.u.x;
      if (Math.abs(across) >= ALONGSIDE) continue;
      if (segmentEntersRect(piece.a, piece.b, box) !== null) return true;
    }
  }
  return false;
}
