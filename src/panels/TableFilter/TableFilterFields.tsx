import type { ReactNode } from 'react';
import type { TableFilter } from '../../store';
import './tableFilter.css';

interface Props {
  /** What the rows are, in the plural: `workloads`, `policies`. */
  readonly what: string;
  readonly filter: TableFilter;
  readonly namespaces: readonly string[];
  readonly placeholder: string;
  readonly onChange: (change: Partial<TableFilter>) => void;
  /** More fields of the same filter. */
  readonly children?: ReactNode;
}

const ALL = '';

/** A table's filter: words to look for, and one namespace or all. */
export function TableFilterFields(props: Props) {
  const { what, filter, namespaces, placeholder, onChange, children } = props;
  return (
    <div role="search" aria-label={`Filter ${what}`} className="table-filter">
      <label className="table-filter-text">
        <span className="table-filter-label">Filter {what}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(e) => {
            onChange({ text: e.target.value });
          }}
        />
      </label>
      <label className="table-filter-field">
        <span className="table-filter-label">Namespace</span>
        <select
          value={filter.namespace ?? ALL}
          onChange={(e) => {
            onChange({ namespace: e.target.value === ALL ? null : e.target.value });
          }}
        >
          <option value={ALL}>All namespaces</option>
          {namespaces.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {children}
    </div>
  );
}
