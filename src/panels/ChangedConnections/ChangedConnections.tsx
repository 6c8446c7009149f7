import { useId, useState } from 'react';
import type { DiffRow } from '../../engine';
import { selectSelection, useEditorApi, useEditorStore } from '../../store';
import './changedConnections.css';
import { connectionKey, connectionKeyOfSelection, connectionShow } from './connectionShow';

interface PairProps {
  readonly rows: readonly DiffRow[];
  /** The `connectionKey` of the connection selected, or null. */
  readonly selected: string | null;
  readonly onShow: (row: DiffRow) => void;
}

/** The rows of one source and destination under their heading, `prod/web → prod/db`. */
function ChangedPair({ rows, selected, onShow }: PairProps) {
  const id = useId();
  const first = rows[0];
  if (first === undefined) return null;
  const pair = `${first.from} → ${first.to}`;
  return (
    <li className="changed-pair">
      <h3 className="changed-pair-title">{pair}</h3>
      {rows.map((row, i) => {
        const what = row.allowed ? 'newly allowed' : 'newly blocked';
        const because = `${id}-${String(i)}`;
        return (
          <button
            key={`${what} ${row.ports}`}
            type="button"
            className={`changed-row ${row.allowed ? 'is-allowed' : 'is-blocked'}`}
            aria-label={`${pair}: ${what} ${row.ports}`}
            aria-describedby={because}
            aria-current={selected === connectionKey(row) ? 'true' : undefined}
            onClick={() => {
              onShow(row);
            }}
          >
            <span className="changed-mark" aria-hidden="true">
              {row.allowed ? '+ newly allowed' : '− newly blocked'}
            </span>{' '}
            <span className="changed-ports">{row.ports}</span>
            <span className="changed-because" id={because}>
              {row.because}
            </span>
          </button>
        );
      })}
    </li>
  );
}

/** The rows grouped by source and destination, in the diff's order (rows of a pair are together). */
function pairsOf(rows: readonly DiffRow[]): DiffRow[][] {
  const pairs: DiffRow[][] = [];
  for (const row of rows) {
    const last = pairs.at(-1);
    if (last?.[0] !== undefined && connectionKey(last[0]) === connectionKey(row)) last.push(row);
    else pairs.push([row]);
  }
  return pairs;
}

interface Props {
  /** From `diffRows`: one per source, destination and direction of change. */
  readonly rows: readonly DiffRow[];
  /** The list's accessible name: `Changed connections`. */
  readonly label: string;
  /** Rows listed at first, and added by each "Show more": a long list stays quick and readable. */
  readonly rowsAtOnce: number;
}

/**
 * Connections whose verdict a change flips (the Compare tab's, a deletion preview's), one
 * block per source and destination: newly allowed or newly blocked, the ports, and the rule
 * or policy behind it. A row is a button: it moves the camera to its line and selects it.
 */
export function ChangedConnections({ rows, label, rowsAtOnce }: Props) {
  const api = useEditorApi();
  const selected = connectionKeyOfSelection(useEditorStore(selectSelection));
  const [limit, setLimit] = useState(rowsAtOnce);
  if (rows.length === 0) return null;
  const hidden = rows.length - limit;
  return (
    <div className="changed-connections">
      <ul className="changed-pairs" aria-label={label}>
        {pairsOf(rows.slice(0, limit)).map((pair) => (
          <ChangedPair
            key={connectionKey(pair[0] as DiffRow)}
            rows={pair}
            selected={selected}
            onShow={(row) => {
              connectionShow(api.getState(), row);
            }}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          className="changed-more"
          onClick={() => {
            setLimit(limit + rowsAtOnce);
          }}
        >
          Show {Math.min(rowsAtOnce, hidden)} more ({hidden} not listed)
        </button>
      )}
    </div>
  );
}
