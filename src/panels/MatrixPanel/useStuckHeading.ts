import { useLayoutEffect, useMemo } from 'react';
import type { RefObject } from 'react';
import type { Viewport } from './gridWindow';
import type { MatrixLine } from './matrixGroups';
import { headingLinesOf, stuckHeadingAt } from './stuckHeading';

/** The body's first table row is the third (`aria-rowindex`), under the two rows of heads. */
const FIRST_BODY_ROW = 3;

/**
 * Marks the one namespace heading that sticks under the column heads (`data-stuck`, and
 * `--matrix-push` when the next one pushes it up; `matrix.css`), at each scroll and each render
 * (the rows drawn change), straight on the element: no render of the grid for a scrolled pixel,
 * and no layout asked (the offsets are those the scroll events gave, `screen`).
 */
export function useStuckHeading(
  scroller: RefObject<HTMLDivElement | null>,
  table: RefObject<HTMLTableElement | null>,
  lines: readonly MatrixLine[],
  screen: () => Viewport,
  scale: number,
): void {
  const headingLines = useMemo(() => headingLinesOf(lines), [lines]);
  useLayoutEffect(() => {
    const box = scroller.current;
    const grid = table.current;
    if (box === null || grid === null) return;
    let stuck: HTMLElement | null = null;
    const place = () => {
      const heading = stuckHeadingAt(headingLines, lines, screen().top / scale);
      const row =
        heading === null
          ? null
          : grid.querySelector<HTMLElement>(
              `tr[aria-rowindex="${String(heading.at + FIRST_BODY_ROW)}"]`,
            );
      if (row !== stuck) {
        stuck?.removeAttribute('data-stuck');
        stuck?.style.removeProperty('--matrix-push');
        row?.setAttribute('data-stuck', '');
        stuck = row;
      }
      row?.style.setProperty('--matrix-push', `${String(heading?.push ?? 0)}px`);
    };
    place();
    box.addEventListener('scroll', place, { passive: true });
    return () => {
      box.removeEventListener('scroll', place);
      stuck?.removeAttribute('data-stuck');
      stuck?.style.removeProperty('--matrix-push');
    };
  });
}
