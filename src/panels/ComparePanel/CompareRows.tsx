import { useId } from 'react';
import type { DiffRow } from '../../engine';

export interface CompareRowsProps {
  readonly rows: readonly DiffRow[];
  /** The row whose connection is selected (`from>to`), or null. */
  readonly selected: string | null;
  readonly onShow: (row: DiffRow) => void;
}

export const rowPairKey = (row: Pick<DiffRow, 'from' | 'to'>) => `${row.from}>${row.to}`;

/** The rows of one pair under its heading, `prod/web → prod/db`. */
function PairRows({ rows, selected, onShow }: CompareRowsProps) {
  const id = useId();
  const first = rows[0];
  if (first === undefined) return null;
  const pair = `${first.from} → ${first.to}`;
  return (
    <li className="compare-pair">
      <h3 className="compare-pair-title">{pair}</h3>
      {rows.map((row, i) => {
        const what = row.allowed ? 'newly allowed' : 'newly blocked';
        const because = `${id}-${String(i)}`;
        return (
          <button
            key={`${what} ${row.ports}`}
            type="button"
            className={`compare-row ${row.allowed ? 'is-allowed' : 'is-blocked'}`}
            aria-label={`${pair}: ${what} ${row.ports}`}
            aria-describedby={because}
            aria-current={selected === rowPairKey(row) ? 'true' : undefined}
            onClick={() => {
              onShow(row);
            }}
          >
            <span className="compare-mark" aria-hidden="true">
              {row.allowed ? '+ newly allowed' : '− newly blocked'}
            </span>{' '}
            <span className="compare-ports">{row.ports}</span>
            <span className="compare-because" id={because}>
              {row.because}
            </span>
          </button>
        );
      })}
    </li>
  );
}

/** The changed connections, one block per source and destination, in the diff's order. */
export function CompareRows({ rows, selected, onShow }: CompareRowsProps) {
  const pairs: DiffRow[][] = [];
  for (const row of rows) {
    const last = pairs.at(-1);
    if (last?.[0] !== undefined && rowPairKey(last[0]) === rowPairKey(row)) last.push(row);
    else pairs.push([row]);
  }
  return (
    <ul className="compare-pairs" aria-label="Changed connections">
      {pairs.map((pair) => (
        <PairRows
          key={rowPairKey(pair[0] as DiffRow)}
          rows={pair}
          selected={selected}
          onShow={onShow}
        />
      ))}
    </ul>
  );
}
