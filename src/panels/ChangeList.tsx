import { useState } from 'react';
import type { DiffRow } from '../engine';

/** Rows shown before "Show all": a long list stays readable in a side panel. */
const FIRST_ROWS = 12;

/**
 * Connections whose verdict a change flips, one row per source, destination and direction
 * (`diffRows`): newly allowed or newly blocked, the ports, and the rule or policy behind it.
 */
export function ChangeList({ rows, label }: { rows: readonly DiffRow[]; label: string }) {
  const [all, setAll] = useState(false);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      <ul className="change-list" aria-label={label}>
        {shown.map((row) => (
          <li key={`${row.from}>${row.to} ${String(row.allowed)} ${row.because}`}>
            <span className={row.allowed ? 'change-kind is-allowed' : 'change-kind is-blocked'}>
              {row.allowed ? 'newly allowed' : 'newly blocked'}
            </span>
            <span className="change-pair">
              {row.from} → {row.to} <span className="change-ports">{row.ports}</span>
            </span>
            <span className="change-why">{row.because}</span>
          </li>
        ))}
      </ul>
      {rows.length > FIRST_ROWS && (
        <button
          type="button"
          className="change-more"
          onClick={() => {
            setAll(!all);
          }}
        >
          {all ? `Show the first ${FIRST_ROWS}` : `Show all ${rows.length} rows`}
        </button>
      )}
    </>
  );
}
