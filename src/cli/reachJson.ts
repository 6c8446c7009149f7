/**
 * `reach --json`, written row by row: 5,000 pods make 25 million entries per
 * port, far more than one JavaScript string holds. The shape is exactly
 * `{"results":[{"port":80,"protocol":"TCP","allowed":{"<from>":{"<to>":true,…},…}}]}`
 * with every ordered pair (self included), pods in document order.
 */
import type { Matrix } from '../engine';
import { matrixAllows } from '../engine';
import type { TextSink } from './context';

/** Writes one result object (without the separator between results). */
async function resultWrite(
  sink: TextSink,
  matrix: Matrix,
  quoted: readonly string[],
): Promise<void> {
  await sink.write(
    `{"port":${JSON.stringify(matrix.port)},"protocol":${JSON.stringify(matrix.protocol)},"allowed":{`,
  );
  const n = quoted.length;
  const cells = new Array<string>(n);
  for (let from = 0; from < n; from++) {
    for (let to = 0; to < n; to++) {
      cells[to] = `${quoted[to] ?? ''}:${matrixAllows(matrix, from, to) ? 'true' : 'false'}`;
    }
    await sink.write(`${from === 0 ? '' : ','}${quoted[from] ?? ''}:{${cells.join(',')}}`);
  }
  await sink.write('}}');
}

/** `matrices` is called lazily so that only one matrix is in memory at a time. */
export async function reachJsonWrite(
  sink: TextSink,
  count: number,
  matrixAt: (index: number) => Matrix,
): Promise<void> {
  await sink.write('{"results":[');
  let quoted: string[] | null = null;
  for (let i = 0; i < count; i++) {
    const matrix = matrixAt(i);
    quoted ??= matrix.pods.map((key) => JSON.stringify(key));
    if (i > 0) await sink.write(',');
    await resultWrite(sink, matrix, quoted);
  }
  await sink.write(']}\n');
}
