import { MATRIX_CELL } from './gridWindow';
import type { MatrixLine } from './matrixGroups';

/** The heading held under the column heads, and how far up the next heading pushes it (table px). */
export interface StuckHeading {
  /** Its line (index into the body lines). */
  readonly at: number;
  readonly push: number;
}

/**
 * For each body line, the line of the heading of its group (-1: none).
 */
export function headingLinesOf(lines: readonly MatrixLine[]): number[] {
  let heading = -1;
  return lines.map((line, i) => {
    if (line.kind === 'group') heading = i;
    return heading;
  });
}

/**
 * Which namespace heading sticks under the column heads when the body is scrolled `top` table
 * pixels: that of the line at its edge. Only that one sticks (a sticky cell sticks within the
 * whole table: every heading scrolled past stayed on top of the others), and the next heading,
 * coming up, pushes it out rather than sliding over it.
 */
export function stuckHeadingAt(
  headingLines: readonly number[],
  lines: readonly MatrixLine[],
  top: number,
): StuckHeading | null {
  if (lines.length === 0) return null;
  const edge = Math.min(lines.length - 1, Math.max(0, Math.floor(top / MATRIX_CELL)));
  const at = headingLines[edge] ?? -1;
  if (at < 0) return null;
  const next = edge + 1;
  const push =
    lines[next]?.kind === 'group' ? Math.max(0, MATRIX_CELL - (next * MATRIX_CELL - top)) : 0;
  return { at, push };
}
