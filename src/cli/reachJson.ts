/**
 * `reach --json`, written row by row: 5,000 pods make 25 million entries per
 * port, far more than one JavaScript string holds. The shape is exactly
 * `{"results":[{"port":80,"protocol":"TCP","allowed":{"<from>":{"<to>":true,…},…}}]}`
 * with every ordered pair (self included), pods in document order. With `--focus W`
 * the row of W is whole and every other row holds only its cell for W.
 */
import type { Matrix } from '../engine';
import { matrixAllows } from '../engine';
import type { TextSink } from './context';
import type { ReachResults } from './reachResults';

/**
 * Every source's row is cut from two texts made once per pod list: all cells `true`, and all
 * cells `false`. A run of equal verdicts is one slice of one of them, so a row costs a few
 * slices instead of one string per cell (a million cells at 1,000 pods).
 */
interface RowTexts {
  readonly allowed: string;
  readonly blocked: string;
  /** Where cell `to` starts in each text (`n + 1` entries: the last is the length). */
  readonly allowedAt: Int32Array;
  readonly blockedAt: Int32Array;
}

function rowTextsOf(quoted: readonly string[]): RowTexts {
  const n = quoted.length;
  const allowedAt = new Int32Array(n + 1);
  const blockedAt = new Int32Array(n + 1);
  const allowed: string[] = [];
  const blocked: string[] = [];
  let a = 0;
  let b = 0;
  for (let to = 0; to < n; to++) {
    const comma = to < n - 1 ? ',' : '';
    const yes = `${quoted[to] ?? ''}:true${comma}`;
    const no = `${quoted[to] ?? ''}:false${comma}`;
    allowedAt[to] = a;
    blockedAt[to] = b;
    allowed.push(yes);
    blocked.push(no);
    a += yes.length;
    b += no.length;
  }
  allowedAt[n] = a;
  blockedAt[n] = b;
  return { allowed: allowed.join(''), blocked: blocked.join(''), allowedAt, blockedAt };
}

/** The cells of row `from`: `"<to>":true,"<to>":false,…`. */
function rowCells(matrix: Matrix, from: number, texts: RowTexts): string {
  const n = matrix.pods.length;
  const parts: string[] = [];
  let start = 0;
  while (start < n) {
    const value = matrixAllows(matrix, from, start);
    let end = start + 1;
    while (end < n && matrixAllows(matrix, from, end) === value) end++;
    parts.push(
      value
        ? texts.allowed.slice(texts.allowedAt[start], texts.allowedAt[end])
        : texts.blocked.slice(texts.blockedAt[start], texts.blockedAt[end]),
    );
    start = end;
  }
  return parts.join('');
}

/** Writes one result object (without the separator between results). */
async function resultWrite(
  sink: TextSink,
  matrix: Matrix,
  focus: number | null,
  quoted: readonly string[],
  texts: RowTexts,
): Promise<void> {
  await sink.write(
    `{"port":${JSON.stringify(matrix.port)},"protocol":${JSON.stringify(matrix.protocol)},"allowed":{`,
  );
  for (let from = 0; from < quoted.length; from++) {
    const cells =
      focus === null || from === focus
        ? rowCells(matrix, from, texts)
        : `${quoted[focus] ?? ''}:${matrixAllows(matrix, from, focus) ? 'true' : 'false'}`;
    await sink.write(`${from === 0 ? '' : ','}${quoted[from] ?? ''}:{${cells}}`);
  }
  await sink.write('}}');
}

/** The matrices are asked for one at a time, so that only one is in memory. */
export async function reachJsonWrite(sink: TextSink, results: ReachResults): Promise<void> {
  await sink.write('{"results":[');
  let quoted: string[] | null = null;
  let texts: RowTexts | null = null;
  for (let i = 0; i < results.count; i++) {
    const matrix = results.matrixAt(i);
    quoted ??= matrix.pods.map((key) => JSON.stringify(key));
    texts ??= rowTextsOf(quoted);
    if (i > 0) await sink.write(',');
    await resultWrite(sink, matrix, results.focus, quoted, texts);
  }
  await sink.write(']}\n');
}
