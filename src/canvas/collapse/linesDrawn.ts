/**
 * Which lines at collapsed boxes the canvas draws (`linesToDraw`), worked out
 * once for each set of lines, collapsed namespaces and pick, and shared by the
 * canvas's lines and the "lines hidden" note of the collapse controls. Both
 * asked in the render that takes a large design's lines in, and each walked
 * every line of the dump (12,471) for the same answer.
 */
import type { CollapsedLines } from '../../store';
import { linesToDraw } from './summaryBudget';
import type { LinesToDraw } from './summaryBudget';

type Picked = Parameters<typeof linesToDraw>[2];

interface Answer {
  readonly collapsed: readonly string[];
  readonly node: string | null;
  readonly edge: string | null;
  readonly drawn: LinesToDraw;
}

/**
 * The last answers per set of lines: two, because the note follows a pick at
 * once and the lines a frame later (`useAfterPaint`), and each may render in between.
 */
const answers = new WeakMap<CollapsedLines, readonly Answer[]>();
const KEPT = 2;

export function linesDrawnOf(
  lines: CollapsedLines,
  collapsed: readonly string[],
  picked: Picked,
): LinesToDraw {
  const kept = answers.get(lines) ?? [];
  const known = kept.find(
    (a) => a.collapsed === collapsed && a.node === picked.node && a.edge === picked.edge,
  );
  if (known !== undefined) return known.drawn;
  const drawn = linesToDraw(lines, new Set(collapsed), picked);
  const answer = { collapsed, node: picked.node, edge: picked.edge, drawn };
  answers.set(lines, [answer, ...kept].slice(0, KEPT));
  return drawn;
}
