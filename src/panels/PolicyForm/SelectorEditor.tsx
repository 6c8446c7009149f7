import { useState } from 'react';
import type { LabelSelector } from '../../model';
import { ExpressionRowInputs } from './ExpressionRowInputs';
import { FieldProblems } from './FieldProblems';
import type { ExpressionRow, LabelRow, SelectorRows } from './selectorRows';
import { selectorFromRows, selectorRows } from './selectorRows';

interface SelectorEditorProps {
  /** `podSelector` or `namespaceSelector`: the start of each control's name. */
  readonly name: string;
  readonly selector: LabelSelector;
  /** Where its problems are (`spec.podSelector`). */
  readonly anchor: string;
  /** What the empty selector `{}` means here. */
  readonly emptyText: string;
  readonly onChange: (selector: LabelSelector) => void;
}

/** A label selector: matchLabels rows (key = value) and matchExpressions rows, all ANDed. */
export function SelectorEditor({
  name,
  selector,
  anchor,
  emptyText,
  onChange,
}: SelectorEditorProps) {
  const [rows, setRows] = useState<SelectorRows>(() => selectorRows(selector));
  const [seen, setSeen] = useState(selector);
  /** The row just added with a button, whose key field takes the focus. */
  const [added, setAdded] = useState<string | null>(null);
  if (seen !== selector) {
    setSeen(selector);
    setRows(selectorRows(selector));
  }
  const done = (next: SelectorRows) => {
    setRows(next);
    const built = selectorFromRows(next);
    if (JSON.stringify(built) !== JSON.stringify(selector)) onChange(built);
  };
  const setLabel = (i: number, row: LabelRow) => ({
    ...rows,
    labels: rows.labels.map((r, n) => (n === i ? row : r)),
  });
  const setExpression = (i: number, row: ExpressionRow) => ({
    ...rows,
    expressions: rows.expressions.map((r, n) => (n === i ? row : r)),
  });
  const empty = rows.labels.length === 0 && rows.expressions.length === 0;
  return (
    <div className="pf-selector" role="group" aria-label={name}>
      {empty && <p className="pf-empty">{emptyText}</p>}
      {rows.labels.map((row, i) => (
        <div key={`l${i}`} className="pf-row pf-label">
          <input
            aria-label={`${name} label ${i + 1} key`}
            autoFocus={added === `l${i}`}
            className="is-mono"
            value={row.key}
            placeholder="key"
            spellCheck={false}
            onChange={(e) => {
              setRows(setLabel(i, { ...row, key: e.target.value }));
            }}
            onBlur={() => {
              done(rows);
            }}
          />
          <span aria-hidden="true">=</span>
          <input
            aria-label={`${name} label ${i + 1} value`}
            className="is-mono"
            value={row.value}
            placeholder="value"
            spellCheck={false}
            onChange={(e) => {
              setRows(setLabel(i, { ...row, value: e.target.value }));
            }}
            onBlur={() => {
              done(rows);
            }}
          />
          <button
            type="button"
            className="pf-remove"
            aria-label={`Remove ${name} label ${row.key === '' ? i + 1 : row.key}`}
            onClick={() => {
              done({ ...rows, labels: rows.labels.filter((_, n) => n !== i) });
            }}
          >
            ×
          </button>
        </div>
      ))}
      {rows.expressions.map((row, i) => (
        <ExpressionRowInputs
          key={`e${i}`}
          name={`${name} expression ${i + 1}`}
          row={row}
          autoFocus={added === `e${i}`}
          onType={(r) => {
            setRows(setExpression(i, r));
          }}
          onDone={(r) => {
            done(setExpression(i, r));
          }}
          onRemove={() => {
            done({ ...rows, expressions: rows.expressions.filter((_, n) => n !== i) });
          }}
        />
      ))}
      <div className="pf-adds">
        <button
          type="button"
          aria-label={`Add label to ${name}`}
          onClick={() => {
            setRows({ ...rows, labels: [...rows.labels, { key: '', value: '' }] });
            setAdded(`l${rows.labels.length}`);
          }}
        >
          + label
        </button>
        <button
          type="button"
          aria-label={`Add expression to ${name}`}
          onClick={() => {
            const blank: ExpressionRow = { key: '', operator: 'In', values: '' };
            setRows({ ...rows, expressions: [...rows.expressions, blank] });
            setAdded(`e${rows.expressions.length}`);
          }}
        >
          + expression
        </button>
      </div>
      <FieldProblems anchor={anchor} />
    </div>
  );
}
