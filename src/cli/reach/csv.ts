/**
 * `reach --output csv`: one line per ordered pair and port (RFC 4180), for spreadsheets and
 * `awk`. The header is `from,to,port,protocol,allowed`; `allowed` is `true` or `false`.
 * Ports in the order of the results, then sources and destinations in document order.
 */
import type { TextSink } from '../context';
import type { ReachResults } from './results';
import { pairKept } from './results';
import { matrixAllows } from '../../engine';
import { csvField } from '../../io';

export const CSV_HEADER = 'from,to,port,protocol,allowed';

export async function reachCsvWrite(sink: TextSink, results: ReachResults): Promise<void> {
  await sink.write(`${CSV_HEADER}\n`);
  const names = results.pods.map(csvField);
  const n = names.length;
  for (let i = 0; i < results.count; i++) {
    const matrix = results.matrixAt(i);
    const suffix = [
      `,${matrix.port},${matrix.protocol},true`,
      `,${matrix.port},${matrix.protocol},false`,
    ];
    for (let from = 0; from < n; from++) {
      const lines: string[] = [];
      for (let to = 0; to < n; to++) {
        if (!pairKept(results, from, to)) continue;
        const cell = matrixAllows(matrix, from, to) ? suffix[0] : suffix[1];
        lines.push(`${names[from] ?? ''},${names[to] ?? ''}${cell ?? ''}`);
      }
      if (lines.length > 0) await sink.write(`${lines.join('\n')}\n`);
    }
  }
}
