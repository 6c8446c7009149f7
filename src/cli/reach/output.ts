/** `reach --output table|json|csv|md|dot` (`--json` is `--output json`), and the writers. */
import type { ParsedArgs } from '../args';
import type { TextSink } from '../context';
import { writeLines } from '../context';
import type { OptionResult } from '../options';
import { outputOption } from '../outputOption';
import { reachCsvWrite } from './csv';
import { reachDotWrite } from './dot';
import { reachFocusLines } from './focus';
import { reachJsonWrite } from './json';
import { reachMarkdownWrite } from './markdown';
import type { ReachResults } from './results';
import type { CellSymbols } from './table';
import { reachTableLines } from './table';

export const REACH_OUTPUTS = ['table', 'json', 'csv', 'md', 'dot'] as const;
export type ReachOutput = (typeof REACH_OUTPUTS)[number];

/** Formats whose standard output is data only: notes for people go to standard error. */
export function outputIsData(output: ReachOutput): boolean {
  return output !== 'table';
}

export function reachOutputOption(args: ParsedArgs): OptionResult<ReachOutput> {
  return outputOption(args, REACH_OUTPUTS, 'table');
}

async function tableWrite(sink: TextSink, results: ReachResults, symbols: CellSymbols) {
  for (let i = 0; i < results.count; i++) {
    const matrix = results.matrixAt(i);
    const lines =
      results.focus === null
        ? reachTableLines(matrix, symbols)
        : reachFocusLines(matrix, results.focus, symbols);
    await writeLines(sink, [...(i > 0 ? [''] : []), ...lines]);
  }
}

export function reachWrite(
  output: ReachOutput,
  sink: TextSink,
  results: ReachResults,
  symbols: CellSymbols,
): Promise<void> {
  switch (output) {
    case 'table':
      return tableWrite(sink, results, symbols);
    case 'json':
      return reachJsonWrite(sink, results);
    case 'csv':
      return reachCsvWrite(sink, results);
    case 'md':
      return reachMarkdownWrite(sink, results, symbols);
    case 'dot':
      return reachDotWrite(sink, results);
  }
}
