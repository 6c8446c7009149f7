import type { MatrixAxes, MatrixFilter } from '../../store';

interface Props {
  readonly value: MatrixAxes;
  readonly onChange: (change: Partial<MatrixFilter>) => void;
}

const AXES: readonly { readonly value: MatrixAxes; readonly text: string }[] = [
  { value: 'both', text: 'Rows and columns' },
  { value: 'rows', text: 'Rows (sources)' },
  { value: 'columns', text: 'Columns (destinations)' },
];

/** Which sides of the matrix the filter narrows ("who can reach redis-cart?": destinations). */
export function AxesField({ value, onChange }: Props) {
  return (
    <label className="table-filter-field">
      <span className="table-filter-label">Applies to</span>
      <select
        value={value}
        onChange={(e) => {
          onChange({ axes: AXES.find((a) => a.value === e.target.value)?.value ?? 'both' });
        }}
      >
        {AXES.map((a) => (
          <option key={a.value} value={a.value}>
            {a.text}
          </option>
        ))}
      </select>
    </label>
  );
}
