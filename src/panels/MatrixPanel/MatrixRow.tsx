import { memo } from 'react';
import type { NodeId, PortRef, ReachMatrix } from '../../store';
import { reachCell } from '../../store';
import { MATRIX_CELL } from './gridWindow';
import { MatrixCell } from './MatrixCell';

interface Props {
  readonly matrix: ReachMatrix;
  readonly row: number;
  readonly colStart: number;
  readonly colEnd: number;
  readonly filter: PortRef | null;
  /** The column id of the selected cell when it is in this row. */
  readonly currentTo: string | null;
  /** The selection is in this row (a cell of it, or its workload). */
  readonly current: boolean;
  readonly onPick: (from: NodeId, to: NodeId) => void;
  readonly onNode: (id: string) => void;
}

/** One source: its label (sticky on the left) and the cells in view. */
function MatrixRowView(props: Props) {
  const { matrix, row, colStart, colEnd, filter, currentTo, current, onPick, onNode } = props;
  const from = matrix.nodes[row];
  if (from === undefined) return null;
  const after = matrix.nodes.length - colEnd;
  return (
    <tr aria-rowindex={row + 2}>
      <th scope="row" className={`matrix-row-head ${current ? 'is-current' : ''}`}>
        <button
          type="button"
          title={`${from.label}: select it to see its paths`}
          onClick={() => {
            onNode(from.id);
          }}
        >
          {from.label}
        </button>
      </th>
      {colStart > 0 && <td aria-hidden="true" style={{ width: colStart * MATRIX_CELL }} />}
      {matrix.nodes.slice(colStart, colEnd).map((to, i) => (
        <MatrixCell
          key={to.id}
          from={from}
          to={to}
          cell={reachCell(matrix, row, colStart + i, filter)}
          current={currentTo === to.id}
          onPick={onPick}
        />
      ))}
      {after > 0 && <td aria-hidden="true" style={{ width: after * MATRIX_CELL }} />}
    </tr>
  );
}

export const MatrixRow = memo(MatrixRowView);
