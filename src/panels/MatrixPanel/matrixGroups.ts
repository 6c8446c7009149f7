/**
 * The matrix grouped by namespace: down the side, a namespace row heads its
 * workloads (which then show their names alone); across the top, a namespace
 * spans its columns. Endpoints outside the cluster form the last group.
 */
import type { MatrixNode } from '../../store';

/** A line of the matrix body: a namespace heading its rows, or one source (index into the nodes). */
export type MatrixLine =
  | { readonly kind: 'group'; readonly namespace: string | null; readonly count: number }
  | { readonly kind: 'node'; readonly node: number };

/** A namespace over `span` consecutive columns in view. */
export interface ColumnRun {
  readonly namespace: string | null;
  readonly span: number;
  /** The first column in view (index into the columns). */
  readonly first: number;
}

/** The name of a group: its namespace, or where the external endpoints are. */
export function groupName(namespace: string | null): string {
  return namespace ?? 'outside the cluster';
}

function namespaceAt(nodes: readonly MatrixNode[], index: number | undefined): string | null {
  return index === undefined ? null : (nodes[index]?.namespace ?? null);
}

/** The body lines of `rows` (indexes into `nodes`, grouped by namespace): each group under its heading. */
export function matrixLinesOf(nodes: readonly MatrixNode[], rows: readonly number[]): MatrixLine[] {
  const lines: MatrixLine[] = [];
  let i = 0;
  while (i < rows.length) {
    const namespace = namespaceAt(nodes, rows[i]);
    let end = i + 1;
    while (end < rows.length && namespaceAt(nodes, rows[end]) === namespace) end++;
    lines.push({ kind: 'group', namespace, count: end - i });
    for (const node of rows.slice(i, end)) lines.push({ kind: 'node', node });
    i = end;
  }
  return lines;
}

/**
 * The heading of the group line `start` is in, with its index, when it lies
 * before `start` (out of a window that begins at `start`, just above it too: the
 * grid draws it in place of the line above); null otherwise.
 */
export function headingBefore(
  lines: readonly MatrixLine[],
  start: number,
): { readonly line: MatrixLine; readonly at: number } | null {
  for (let at = start; at >= 0; at--) {
    const line = lines[at];
    if (line?.kind === 'group') return at < start ? { line, at } : null;
  }
  return null;
}

/** The namespaces over columns `[start, end)` of `cols` (indexes into `nodes`). */
export function columnRunsOf(
  nodes: readonly MatrixNode[],
  cols: readonly number[],
  start: number,
  end: number,
): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (let c = start; c < end; c++) {
    const namespace = namespaceAt(nodes, cols[c]);
    const last = runs.at(-1);
    if (last?.namespace === namespace) runs[runs.length - 1] = { ...last, span: last.span + 1 };
    else runs.push({ namespace, span: 1, first: c });
  }
  return runs;
}

/**
 * Roughly how wide a namespace's name is drawn over its columns: at most this much a character
 * (12 px bold; `matrix.css`), and its padding.
 */
const GROUP_NAME_CHAR = 8;
const GROUP_NAME_PADDING = 14;

/**
 * For each column: whether the name of its namespace is too long to read whole over all the
 * namespace's columns (`cell` pixels each), as over the one column of a namespace with one
 * workload. Such a column writes its namespace in its own name (`dev/api`). Endpoints outside
 * the cluster have none to write.
 */
export function namespaceInNamesOf(
  nodes: readonly MatrixNode[],
  cols: readonly number[],
  cell: number,
): boolean[] {
  const starts = groupStartsOf(nodes, cols);
  const inNames: boolean[] = [];
  let c = 0;
  while (c < cols.length) {
    let end = c + 1;
    while (end < cols.length && starts[end] !== true) end++;
    const namespace = namespaceAt(nodes, cols[c]);
    const width = groupName(namespace).length * GROUP_NAME_CHAR + GROUP_NAME_PADDING;
    const cut = namespace !== null && width > (end - c) * cell;
    for (let k = c; k < end; k++) inNames.push(cut);
    c = end;
  }
  return inNames;
}

/** For each column: whether it starts a namespace (it gets a rule on its left). */
export function groupStartsOf(nodes: readonly MatrixNode[], cols: readonly number[]): boolean[] {
  return cols.map(
    (node, c) => c === 0 || namespaceAt(nodes, cols[c - 1]) !== namespaceAt(nodes, node),
  );
}
