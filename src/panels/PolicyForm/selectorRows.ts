/**
 * A label selector as the form's rows: `matchLabels` as key = value rows,
 * `matchExpressions` as key / operator / values rows (values as one
 * comma-separated text). Rows without a key are still being typed and are
 * left out of the selector.
 *
 * ```yaml
 * podSelector:
 *   matchLabels: {role: db}                                  # row: role = db
 *   matchExpressions:
 *     - {key: tier, operator: In, values: [backend, data]}   # row: tier In "backend, data"
 * ```
 */
import type { LabelSelector, LabelSelectorOperator, LabelSelectorRequirement } from '../../model';

export const OPERATORS: readonly LabelSelectorOperator[] = [
  'In',
  'NotIn',
  'Exists',
  'DoesNotExist',
];

export interface LabelRow {
  readonly key: string;
  readonly value: string;
}

export interface ExpressionRow {
  readonly key: string;
  readonly operator: LabelSelectorOperator;
  /** Comma-separated; only `In` and `NotIn` take values. */
  readonly values: string;
}

export interface SelectorRows {
  readonly labels: readonly LabelRow[];
  readonly expressions: readonly ExpressionRow[];
}

/** Whether the operator takes `values` (`In`, `NotIn`) or forbids them (`Exists`, `DoesNotExist`). */
export function operatorTakesValues(operator: LabelSelectorOperator): boolean {
  return operator === 'In' || operator === 'NotIn';
}

export function selectorRows(selector: LabelSelector): SelectorRows {
  return {
    labels: Object.entries(selector.matchLabels ?? {}).map(([key, value]) => ({ key, value })),
    expressions: (selector.matchExpressions ?? []).map((e) => ({
      key: e.key,
      operator: e.operator,
      values: (e.values ?? []).join(', '),
    })),
  };
}

function requirementOf(row: ExpressionRow): LabelSelectorRequirement {
  const key = row.key.trim();
  if (!operatorTakesValues(row.operator)) return { key, operator: row.operator };
  const values = row.values
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  // In/NotIn without values is kept as written, so the API server's message shows at the row
  return values.length === 0
    ? { key, operator: row.operator }
    : { key, operator: row.operator, values };
}

/** The selector the rows stand for; a row whose key is empty is left out. */
export function selectorFromRows(rows: SelectorRows): LabelSelector {
  const labels = rows.labels.filter((r) => r.key.trim() !== '');
  const expressions = rows.expressions.filter((r) => r.key.trim() !== '');
  return {
    ...(labels.length === 0
      ? {}
      : { matchLabels: Object.fromEntries(labels.map((r) => [r.key.trim(), r.value.trim()])) }),
    ...(expressions.length === 0 ? {} : { matchExpressions: expressions.map(requirementOf) }),
  };
}
