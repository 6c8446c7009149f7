import { memo } from 'react';
import type { MatrixNode } from '../../store';
import { MATRIX_CELL } from './gridWindow';

interface Props {
  readonly nodes: readonly MatrixNode[];
  readonly colStart: number;
  readonly colEnd: number;
  /** The column of the selection (a cell's destination, or a selected workload). */
  readonly currentTo: string | null;
  readonly onNode: (id: string) => void;
}

/** The destinations in view, labels written upwards (sticky at the top). */
function MatrixColumnHeadsView({ nodes, colStart, colEnd, currentTo, onNode }: Props) {
  const after = nodes.length - colEnd;
  return (
    <tr aria-rowindex={1}>
      <th scope="col" className="matrix-corner">
        <span className="matrix-corner-to">to →</span>
        <span className="matrix-corner-from">from ↓</span>
      </th>
      {colStart > 0 && <td aria-hidden="true" style={{ width: colStart * MATRIX_CELL }} />}
      {nodes.slice(colStart, colEnd).map((to) => (
        <th
          key={to.id}
          scope="col"
          className={`matrix-col-head ${currentTo === to.id ? 'is-current' : ''}`}
          style={{ width: MATRIX_CELL }}
        >
          <button
            type="button"
            title={`${to.label}: select it to see its paths`}
            onClick={() => {
              onNode(to.id);
            }}
          >
            {to.label}
          </button>
        </th>
      ))}
      {after > 0 && <td aria-hidden="true" style={{ width: after * MATRIX_CELL }} />}
    </tr>
  );
}

export const MatrixColumnHeads = memo(MatrixColumnHeadsView);
