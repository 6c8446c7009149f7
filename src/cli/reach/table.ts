/**
 * `reach` without `--json`: a grid (rows = from, columns = to) while it stays
 * readable, one line per source pod beyond that.
 */
import type { Matrix } from '../../engine';
import { matrixAllows, portText } from '../../engine';

export interface CellSymbols {
  readonly allowed: string;
  readonly blocked: string;
}

export const UNICODE_SYMBOLS: CellSymbols = { allowed: '✓', blocked: '✗' };
export const ASCII_SYMBOLS: CellSymbols = { allowed: '.', blocked: 'X' };

/** Above this many pods a grid is not readable: one line per source instead. */
export const GRID_MAX_PODS = 40;
/** Columns headed by pod names while the grid is at most this wide; by numbers beyond. */
const NAMED_GRID_MAX_WIDTH = 120;
/** Names listed per line in the list form. */
const LIST_MAX_NAMES = 8;

function allowedCount(matrix: Matrix): number {
  const n = matrix.pods.length;
  let count = 0;
  for (let from = 0; from < n; from++) {
    for (let to = 0; to < n; to++) if (matrixAllows(matrix, from, to)) count++;
  }
  return count;
}

export function reachSummary(matrix: Matrix): string {
  const total = matrix.pods.length * matrix.pods.length;
  const allowed = allowedCount(matrix);
  return `${portText(matrix, { sentence: true })}: ${allowed} of ${total} pairs allowed, ${total - allowed} blocked`;
}

function gridLines(matrix: Matrix, symbols: CellSymbols): string[] {
  const pods = matrix.pods;
  const nameWidth = Math.max(...pods.map((p) => p.length));
  const named = nameWidth + pods.length * (nameWidth + 1) <= NAMED_GRID_MAX_WIDTH;
  const headers = pods.map((p, i) => (named ? p : String(i + 1)));
  const cellWidth = Math.max(...headers.map((h) => h.length));
  const labels = pods.map((p, i) =>
    named ? p : `${String(i + 1).padStart(String(pods.length).length)} ${p}`,
  );
  const labelWidth = Math.max(...labels.map((l) => l.length), 'from \\ to'.length);
  const lines = [
    `${'from \\ to'.padEnd(labelWidth)} ${headers.map((h) => h.padStart(cellWidth)).join(' ')}`,
  ];
  pods.forEach((_, from) => {
    const cells = pods.map((_p, to) =>
      (matrixAllows(matrix, from, to) ? symbols.allowed : symbols.blocked).padStart(cellWidth),
    );
    lines.push(`${(labels[from] ?? '').padEnd(labelWidth)} ${cells.join(' ')}`);
  });
  return lines;
}

function namesShort(names: readonly string[]): string {
  const shown = names.slice(0, LIST_MAX_NAMES).join(', ');
  return names.length > LIST_MAX_NAMES
    ? `${shown}, … (+${names.length - LIST_MAX_NAMES} more)`
    : shown;
}

function listLines(matrix: Matrix): string[] {
  const pods = matrix.pods;
  return pods.map((source, from) => {
    const reached = pods.filter((_p, to) => matrixAllows(matrix, from, to));
    if (reached.length === pods.length) return `${source}: reaches all ${pods.length} pods`;
    if (reached.length === 0) return `${source}: reaches none of the ${pods.length} pods`;
    if (reached.length <= pods.length / 2) {
      return `${source}: reaches ${reached.length} of ${pods.length}: ${namesShort(reached)}`;
    }
    const blocked = pods.filter((_p, to) => !matrixAllows(matrix, from, to));
    return `${source}: reaches ${reached.length} of ${pods.length}; blocked: ${namesShort(blocked)}`;
  });
}

/** One port's section: a heading, the grid or the list, and the counts. */
export function reachTableLines(matrix: Matrix, symbols: CellSymbols): string[] {
  if (matrix.pods.length === 0) return [`${portText(matrix, { sentence: true })}: no pods`];
  const grid = matrix.pods.length <= GRID_MAX_PODS;
  const heading = grid
    ? `${portText(matrix, { sentence: true })} (rows: from, columns: to; ${symbols.allowed} allowed, ${symbols.blocked} blocked)`
    : `${portText(matrix, { sentence: true })} (${matrix.pods.length} pods; one line per source pod)`;
  return [
    heading,
    ...(grid ? gridLines(matrix, symbols) : listLines(matrix)),
    reachSummary(matrix),
  ];
}
