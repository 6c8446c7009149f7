import { useState } from 'react';
import type { Labels } from '../../../model';

interface LabelsEditorProps {
  readonly labels: Labels;
  /** Labels that are shown but cannot be edited (`kubernetes.io/metadata.name`). */
  readonly fixed?: readonly string[];
  readonly onCommit: (labels: Labels) => string | null;
}

type Row = readonly [string, string];

/** Labels as key/value rows; applied when a field loses focus. */
export function LabelsEditor({ labels, fixed = [], onCommit }: LabelsEditorProps) {
  const entries = Object.entries(labels).filter(([k]) => !fixed.includes(k));
  const [rows, setRows] = useState<readonly Row[]>(entries);
  const [seen, setSeen] = useState(labels);
  const [problem, setProblem] = useState<string | null>(null);
  if (seen !== labels) {
    setSeen(labels);
    setRows(entries);
    setProblem(null);
  }
  const commit = (next: readonly Row[]) => {
    const kept = next.filter(([k]) => k.trim() !== '');
    const map = Object.fromEntries([
      ...Object.entries(labels).filter(([k]) => fixed.includes(k)),
      ...kept.map(([k, v]) => [k.trim(), v.trim()]),
    ]) as Labels;
    const same = JSON.stringify(map) === JSON.stringify(labels);
    setProblem(same ? null : onCommit(map));
  };
  const change = (i: number, row: Row) => {
    setRows(rows.map((r, n) => (n === i ? row : r)));
  };
  return (
    <fieldset className="labels-editor">
      <legend>Labels</legend>
      {Object.entries(labels)
        .filter(([k]) => fixed.includes(k))
        .map(([k, v]) => (
          <p key={k} className="labels-fixed">
            <code>
              {k}={v}
            </code>{' '}
            (set by Kubernetes)
          </p>
        ))}
      {rows.map(([k, v], i) => (
        <div key={i} className="labels-row">
          <input
            aria-label={`Label ${i + 1} key`}
            value={k}
            placeholder="key"
            spellCheck={false}
            onChange={(e) => {
              change(i, [e.target.value, v]);
            }}
            onBlur={() => {
              commit(rows);
            }}
          />
          <span aria-hidden="true">=</span>
          <input
            aria-label={`Label ${i + 1} value`}
            value={v}
            placeholder="value"
            spellCheck={false}
            onChange={(e) => {
              change(i, [k, e.target.value]);
            }}
            onBlur={() => {
              commit(rows);
            }}
          />
          <button
            type="button"
            aria-label={`Remove label ${k === '' ? i + 1 : k}`}
            onClick={() => {
              const next = rows.filter((_, n) => n !== i);
              setRows(next);
              commit(next);
            }}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="labels-add"
        onClick={() => {
          setRows([...rows, ['', '']]);
        }}
      >
        Add label
      </button>
      {problem !== null && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
