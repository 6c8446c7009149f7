/**
 * `reach --json`, written row by row: 5,000 pods make 25 million entries per
 * port, far more than one JavaScript string holds. The shape is exactly
 * `{"results":[{"port":80,"protocol":"TCP","allowed":{"<from>":{"<to>":true,…},…}}]}`
 * with every ordered pair (self included), pods in document order. With `--focus W`
 * the row of W is whole and every other row holds only its cell for W.
 */
import type { Matrix } from '../../engine';
import { matrixAllows } from '../../engine';
import { utf8Length } from '../../io';
import type { TextSink } from '../context';
import type { ReachResults } from './results';
import { byteChunks } from '../byteChunks';
import type { ByteChunks } from '../byteChunks';

const UTF8 = new TextEncoder();

/**
 * Every source's row is copied from two texts encoded once per pod list: all cells `true`,
 * and all cells `false`. A run of equal verdicts is one slice of one of them, so a row costs
 * a few byte copies instead of one string per cell (a million cells at 1,000 pods), and no
 * text is encoded per row or per name (an encoding call costs microseconds).
 */
interface RowBytes {
  readonly allowed: Uint8Array;
  readonly blocked: Uint8Array;
  /** Where cell `to` starts in each (`n + 1` entries: the last is the length), in bytes. */
  readonly allowedAt: Int32Array;
  readonly blockedAt: Int32Array;
  /** Where the quoted name of pod `to` ends in `allowed` (it starts at `allowedAt[to]`). */
  readonly nameEnd: Int32Array;
}

function rowBytesOf(pods: readonly string[]): RowBytes {
  const n = pods.length;
  const quoted = pods.map((key) => JSON.stringify(key));
  const nameBytes = quoted.map(utf8Length);
  const cells = (word: string) => {
    const at = new Int32Array(n + 1);
    for (let to = 0; to < n; to++) {
      const suffix = word.length + (to < n - 1 ? 2 : 1);
      at[to + 1] = (at[to] ?? 0) + (nameBytes[to] ?? 0) + suffix;
    }
    const text = quoted.map((name, to) => `${name}:${word}${to < n - 1 ? ',' : ''}`).join('');
    const bytes = UTF8.encode(text);
    if (bytes.length !== at[n]) throw new Error(`row text of ${bytes.length} bytes, not ${at[n]}`);
    return { bytes, at };
  };
  const allowed = cells('true');
  const blocked = cells('false');
  const nameEnd = allowed.at.map((start, to) => start + (nameBytes[to] ?? 0));
  return {
    allowed: allowed.bytes,
    blocked: blocked.bytes,
    allowedAt: allowed.at,
    blockedAt: blocked.at,
    nameEnd,
  };
}

const OPEN_ROW = UTF8.encode(':{');
const CLOSE_ROW = UTF8.encode('}');
const COMMA = UTF8.encode(',');
const FOCUS_ALLOWED = UTF8.encode(':true');
const FOCUS_BLOCKED = UTF8.encode(':false');

/** The cells of row `from`: `"<to>":true,"<to>":false,…`. */
function rowCellsPut(out: ByteChunks, matrix: Matrix, from: number, bytes: RowBytes): void {
  const n = matrix.pods.length;
  let start = 0;
  while (start < n) {
    const value = matrixAllows(matrix, from, start);
    let end = start + 1;
    while (end < n && matrixAllows(matrix, from, end) === value) end++;
    if (value) out.put(bytes.allowed, bytes.allowedAt[start], bytes.allowedAt[end]);
    else out.put(bytes.blocked, bytes.blockedAt[start], bytes.blockedAt[end]);
    start = end;
  }
}

/** Writes one result object (without the separator between results). */
async function resultWrite(
  out: ByteChunks,
  matrix: Matrix,
  focus: number | null,
  bytes: RowBytes,
): Promise<void> {
  await out.text(
    `{"port":${JSON.stringify(matrix.port)},"protocol":${JSON.stringify(matrix.protocol)},"allowed":{`,
  );
  const { allowed, allowedAt, nameEnd } = bytes;
  const nameOf = (pod: number) => (nameEnd[pod] ?? 0) - (allowedAt[pod] ?? 0);
  const wholeRow = Math.max(allowed.length, bytes.blocked.length);
  const focusCell = focus === null ? 0 : nameOf(focus) + FOCUS_BLOCKED.length;
  for (let from = 0; from < matrix.pods.length; from++) {
    const whole = focus === null || from === focus;
    await out.room(nameOf(from) + 4 + (whole ? wholeRow : focusCell));
    if (from > 0) out.put(COMMA);
    out.put(allowed, allowedAt[from], nameEnd[from]);
    out.put(OPEN_ROW);
    if (whole) rowCellsPut(out, matrix, from, bytes);
    else {
      out.put(allowed, allowedAt[focus], nameEnd[focus]);
      out.put(matrixAllows(matrix, from, focus) ? FOCUS_ALLOWED : FOCUS_BLOCKED);
    }
    out.put(CLOSE_ROW);
  }
  await out.text('}}');
}

/**
 * The matrices are asked for one at a time, so that only one is in memory. The bytes go to
 * `sink` in chunks of about `chunkBytes` (more when one row is longer), cut between rows.
 */
export async function reachJsonWrite(
  sink: TextSink,
  results: ReachResults,
  chunkBytes = 1 << 20,
): Promise<void> {
  const out = byteChunks(sink, chunkBytes);
  await out.text('{"results":[');
  let bytes: RowBytes | null = null;
  for (let i = 0; i < results.count; i++) {
    const matrix = results.matrixAt(i);
    bytes ??= rowBytesOf(matrix.pods);
    if (i > 0) await out.text(',');
    await resultWrite(out, matrix, results.focus, bytes);
  }
  await out.text(']}\n');
  await out.flush();
}
