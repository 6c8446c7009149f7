import { describe, expect, it } from 'vitest';
import { MATRIX_CELL } from './gridWindow';
import type { MatrixLine } from './matrixGroups';
import { headingLinesOf, stuckHeadingAt } from './stuckHeading';

/** Two namespaces of three rows each: headings on lines 0 and 4. */
const LINES: MatrixLine[] = [
  { kind: 'group', namespace: 'a', count: 3 },
  { kind: 'node', node: 0 },
  { kind: 'node', node: 1 },
  { kind: 'node', node: 2 },
  { kind: 'group', namespace: 'b', count: 3 },
  { kind: 'node', node: 3 },
  { kind: 'node', node: 4 },
  { kind: 'node', node: 5 },
];
const HEADINGS = headingLinesOf(LINES);

describe('when the matrix body is scrolled', () => {
  it('holds the heading of the line at the heads’ edge, and that one only', () => {
    expect(stuckHeadingAt(HEADINGS, LINES, 0)).toEqual({ at: 0, push: 0 });
    expect(stuckHeadingAt(HEADINGS, LINES, 2 * MATRIX_CELL)).toEqual({ at: 0, push: 0 });
    expect(stuckHeadingAt(HEADINGS, LINES, 4 * MATRIX_CELL + 5)).toEqual({ at: 4, push: 0 });
    expect(stuckHeadingAt(HEADINGS, LINES, 99 * MATRIX_CELL)).toEqual({ at: 4, push: 0 });
  });

  it('has the next heading push it up as it comes, never overlapping it', () => {
    // The next heading 10 px under the edge: the held one 20 px up, ending where it begins.
    expect(stuckHeadingAt(HEADINGS, LINES, 3 * MATRIX_CELL + 20)).toEqual({ at: 0, push: 20 });
    expect(stuckHeadingAt(HEADINGS, LINES, 3 * MATRIX_CELL)).toEqual({ at: 0, push: 0 });
  });

  it('holds none without lines', () => {
    expect(stuckHeadingAt([], [], 100)).toBeNull();
  });
});
