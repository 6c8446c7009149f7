/**
 * `reach --output md`: a Markdown section per port to paste into a pull request or a wiki,
 * a heading, a table (rows: from, columns: to; or with `--focus`, the two directions of one
 * workload) and the counts.
 */
import type { Matrix } from '../../engine';
import { matrixAllows, portText } from '../../engine';
import type { TextSink } from '../context';
import { writeLines } from '../context';
import { focusRows, focusSummary, focusTitles } from './focus';
import type { ReachResults } from './results';
import type { CellSymbols } from './table';
import { reachSummary } from './table';

/** Text in a table cell: Markdown's special characters and `|` escaped. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function gridLines(matrix: Matrix, symbols: CellSymbols): string[] {
  const names = matrix.pods.map(markdownText);
  const lines = [row(['from \\\\ to', ...names]), row(['---', ...names.map(() => ':-:')])];
  names.forEach((name, from) => {
    const cells = names.map((_n, to) =>
      matrixAllows(matrix, from, to) ? symbols.allowed : symbols.blocked,
    );
    lines.push(row([name, ...cells]));
  });
  return lines;
}

function focusLines(matrix: Matrix, focus: number, symbols: CellSymbols): string[] {
  const focused = matrix.pods[focus] ?? '';
  const rows = focusRows(matrix, focus);
  const mark = (allowed: boolean) => (allowed ? symbols.allowed : symbols.blocked);
  return [
    row(['pod', ...focusTitles(markdownText(focused))]),
    row(['---', ':-:', ':-:']),
    ...rows.map((r) => row([markdownText(r.pod), mark(r.opens), mark(r.accepts)])),
    '',
    `${focusSummary(matrix, rows, focused)}.`,
  ];
}

function sectionLines(matrix: Matrix, focus: number | null, symbols: CellSymbols): string[] {
  const about = focus === null ? '' : `, connections of ${matrix.pods[focus] ?? ''}`;
  const heading = `### ${portText(matrix, { sentence: true })}${markdownText(about)}`;
  if (matrix.pods.length === 0) return [heading, '', 'No pods.'];
  if (focus !== null) return [heading, '', ...focusLines(matrix, focus, symbols)];
  return [heading, '', ...gridLines(matrix, symbols), '', `${reachSummary(matrix)}.`];
}

export async function reachMarkdownWrite(
  sink: TextSink,
  results: ReachResults,
  symbols: CellSymbols,
): Promise<void> {
  for (let i = 0; i < results.count; i++) {
    const lines = sectionLines(results.matrixAt(i), results.focus, symbols);
    await writeLines(sink, [...(i > 0 ? [''] : []), ...lines]);
  }
}
