import { memo } from 'react';
import type { PortRef, ReachMatrix } from '../../store';
import { MATRIX_CELL } from './gridWindow';
import { MatrixCell } from './MatrixCell';
import { MatrixName, headerParts, headerTip } from './MatrixName';

interface Props {
  readonly matrix: ReachMatrix;
  /** The source (index into the matrix's nodes). */
  readonly row: number;
  /** The source's place among the rows shown (the grid's row). */
  readonly at: number;
  /** The row's place in the table, for assistive technology. */
  readonly rowIndex: number;
  /** The columns (indexes into the matrix's nodes). */
  readonly cols: readonly number[];
  readonly colStart: number;
  readonly colEnd: number;
  readonly groupStarts: readonly boolean[];
  readonly filter: PortRef | null;
  /** The column id of the selected cell when it is in this row. */
  readonly currentTo: string | null;
  /** The selection is in this row (a cell of it, or its workload). */
  readonly current: boolean;
  /** The column of the grid's tab stop when it is in this row (-1: the row's head), or null. */
  readonly stopCol: number | null;
  /** How many letters of its name the row header holds whole (`rowLetters`). */
  readonly letters: number;
}

/**
 * One source: its name under its namespace (sticky on the left) and the cells in view. The grid
 * handles their clicks and keys.
 */
function MatrixRowView(props: Props) {
  const { matrix, row, at, rowIndex, cols, colStart, colEnd, groupStarts, filter } = props;
  const { currentTo, current, stopCol, letters } = props;
  const from = matrix.nodes[row];
  if (from === undefined) return null;
  const after = cols.length - colEnd;
  return (
    <tr aria-rowindex={rowIndex}>
      <th
        scope="row"
        aria-label={from.label}
        className={`matrix-row-head ${current ? 'is-current' : ''}`}
      >
        <button
          type="button"
          aria-label={from.label}
          data-name={headerTip(from)}
          data-row={at}
          data-col={-1}
          tabIndex={stopCol === -1 ? 0 : -1}
          title={`${headerTip(from)}: select it to see its paths`}
        >
          <span className="matrix-row-name">
            <MatrixName node={from} name={headerParts(from, null, letters).name} />
          </span>
        </button>
      </th>
      {colStart > 0 && <td aria-hidden="true" style={{ width: colStart * MATRIX_CELL }} />}
      {cols.slice(colStart, colEnd).map((col, i) => {
        const to = matrix.nodes[col];
        if (to === undefined) return null;
        return (
          <MatrixCell
            key={to.id}
            matrix={matrix}
            row={row}
            col={col}
            from={from}
            to={to}
            at={at}
            colAt={colStart + i}
            filter={filter}
            current={currentTo === to.id}
            stop={stopCol === colStart + i}
            groupStart={groupStarts[colStart + i] === true}
          />
        );
      })}
      {after > 0 && <td aria-hidden="true" style={{ width: after * MATRIX_CELL }} />}
    </tr>
  );
}

export const MatrixRow = memo(MatrixRowView);
