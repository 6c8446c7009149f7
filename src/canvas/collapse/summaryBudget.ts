/**
 * How many lines at collapsed namespaces the canvas draws at once: summary
 * lines, and lines drawn to a collapsed box itself (a rule naming a whole
 * namespace, an IP block's line). A cluster of a hundred collapsed namespaces
 * has thousands: a tangle nobody can read, and thousands of SVG paths that
 * every pan and click of React Flow walks. Past the budget only those of the
 * picked node (and the picked line) are drawn, and the canvas says how many wait for a pick.
 */
import type { CollapsedLines, FlowGroup, SummaryLine } from '../../store';
import { collapsedBoxIdOf } from '../../store';

export const BOX_LINES_DRAWN = 300;

export interface LinesToDraw {
  readonly shown: readonly FlowGroup[];
  readonly summaries: readonly SummaryLine[];
  /** Lines at collapsed boxes not drawn until one of their ends is picked. */
  readonly held: number;
}

export function linesToDraw(
  lines: Pick<CollapsedLines, 'shown' | 'summaries'>,
  collapsed: ReadonlySet<string>,
  picked: { readonly node: string | null; readonly edge: string | null },
): LinesToDraw {
  // The ids of the collapsed boxes, looked up rather than parsed from every line's ends.
  const boxes = new Set<string>([...collapsed].map(collapsedBoxIdOf));
  const atBox = (l: { source: string; target: string }) =>
    boxes.has(l.source) || boxes.has(l.target);
  const boxed = lines.shown.filter(atBox).length;
  if (boxed + lines.summaries.length <= BOX_LINES_DRAWN) {
    return { shown: lines.shown, summaries: lines.summaries, held: 0 };
  }
  const wanted = (l: { id: string; source: string; target: string }) =>
    l.id === picked.edge ||
    (picked.node !== null && (l.source === picked.node || l.target === picked.node));
  const shown = lines.shown.filter((l) => !atBox(l) || wanted(l));
  const summaries = lines.summaries.filter(wanted);
  const boxedDrawn = shown.length - (lines.shown.length - boxed);
  return { shown, summaries, held: boxed - boxedDrawn + lines.summaries.length - summaries.length };
}
