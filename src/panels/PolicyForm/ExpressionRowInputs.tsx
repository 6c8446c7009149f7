import type { LabelSelectorOperator } from '../../model';
import type { ExpressionRow } from './selectorRows';
import { OPERATORS, operatorTakesValues } from './selectorRows';

interface ExpressionRowInputsProps {
  /** `podSelector expression 1`: the start of each control's name. */
  readonly name: string;
  readonly row: ExpressionRow;
  /** The key field takes the focus (a row just added). */
  readonly autoFocus?: boolean;
  readonly onType: (row: ExpressionRow) => void;
  /** The row changed for good (a field lost focus, the operator was picked, Enter). */
  readonly onDone: (row: ExpressionRow) => void;
  readonly onRemove: () => void;
}

/** One `matchExpressions` requirement: key, operator, and values for In / NotIn. */
export function ExpressionRowInputs({
  name,
  row,
  onType,
  onDone,
  onRemove,
  autoFocus,
}: ExpressionRowInputsProps) {
  const takesValues = operatorTakesValues(row.operator);
  const enter = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') onDone(row);
  };
  return (
    <div className="pf-row pf-expression">
      <input
        aria-label={`${name} key`}
        autoFocus={autoFocus === true}
        className="is-mono"
        value={row.key}
        placeholder="key"
        spellCheck={false}
        onChange={(e) => {
          onType({ ...row, key: e.target.value });
        }}
        onBlur={() => {
          onDone(row);
        }}
        onKeyDown={enter}
      />
      <select
        aria-label={`${name} operator`}
        value={row.operator}
        onChange={(e) => {
          onDone({ ...row, operator: e.target.value as LabelSelectorOperator });
        }}
      >
        {OPERATORS.map((op) => (
          <option key={op}>{op}</option>
        ))}
      </select>
      <input
        aria-label={`${name} values`}
        className="is-mono"
        value={takesValues ? row.values : ''}
        placeholder={takesValues ? 'a, b, c' : 'no values'}
        disabled={!takesValues}
        spellCheck={false}
        onChange={(e) => {
          onType({ ...row, values: e.target.value });
        }}
        onBlur={() => {
          onDone(row);
        }}
        onKeyDown={enter}
      />
      <button type="button" className="pf-remove" aria-label={`Remove ${name}`} onClick={onRemove}>
        ×
      </button>
    </div>
  );
}
