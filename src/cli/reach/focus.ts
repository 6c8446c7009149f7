/**
 * `reach --focus W`: which workload it names and, as a table, one line per pod P with two
 * cells, W → P (the row of W: may W open a connection to P) and P → W (the column of W: may
 * P open one to W).
 */
import type { Matrix } from '../../engine';
import { matrixAllows, portText } from '../../engine';
import type { Doc, PodKey } from '../../model';
import { endpointResolve } from '../endpointResolve';
import type { OptionResult } from '../options';
import type { CellSymbols } from './table';

/** The workload `--focus` names (as `--from` of explain does), as an index into `pods`. */
export function focusResolve(
  text: string | undefined,
  doc: Doc,
  pods: readonly string[],
): OptionResult<number | null> {
  if (text === undefined) return { ok: true, value: null };
  const found = endpointResolve(text, doc);
  if (!found.ok) return { ok: false, message: `--focus: ${found.message}` };
  if (found.endpoint.kind !== 'pod') {
    return { ok: false, message: `--focus: '${text}' is not a workload of the input` };
  }
  return { ok: true, value: pods.indexOf(found.endpoint.key) };
}

export interface FocusRow {
  readonly pod: PodKey;
  /** The focused pod may open a connection to `pod`. */
  readonly opens: boolean;
  /** `pod` may open a connection to the focused pod. */
  readonly accepts: boolean;
}

export function focusRows(matrix: Matrix, focus: number): FocusRow[] {
  return matrix.pods.map((pod, i) => ({
    pod,
    opens: matrixAllows(matrix, focus, i),
    accepts: matrixAllows(matrix, i, focus),
  }));
}

/** The two column titles: `x/a → pod` and `pod → x/a`. */
export function focusTitles(focused: string): readonly [string, string] {
  return [`${focused} → pod`, `pod → ${focused}`];
}

export function focusSummary(matrix: Matrix, rows: readonly FocusRow[], focused: string): string {
  const opens = rows.filter((r) => r.opens).length;
  const accepts = rows.filter((r) => r.accepts).length;
  const n = rows.length;
  return `${portText(matrix, { sentence: true })}: ${focused} may open connections to ${opens} of ${n} pods and accept them from ${accepts} of ${n}`;
}

/** One port's section for the table output. */
export function reachFocusLines(matrix: Matrix, focus: number, symbols: CellSymbols): string[] {
  const focused = matrix.pods[focus] ?? '';
  const rows = focusRows(matrix, focus);
  const [opens, accepts] = focusTitles(focused);
  const width = Math.max(3, ...rows.map((r) => r.pod.length));
  const cell = (allowed: boolean, title: string) =>
    (allowed ? symbols.allowed : symbols.blocked).padEnd(title.length);
  return [
    `${portText(matrix, { sentence: true })}, connections of ${focused} (${symbols.allowed} allowed, ${symbols.blocked} blocked)`,
    `${'pod'.padEnd(width)}  ${opens}  ${accepts}`,
    ...rows.map((r) =>
      `${r.pod.padEnd(width)}  ${cell(r.opens, opens)}  ${cell(r.accepts, accepts)}`.trimEnd(),
    ),
    focusSummary(matrix, rows, focused),
  ];
}
