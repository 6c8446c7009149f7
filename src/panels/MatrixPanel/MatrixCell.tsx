import { memo } from 'react';
import type { MatrixNode, PortRef, ReachMatrix } from '../../store';
import { reachCell } from '../../store';
import { CELL_SYMBOLS, cellDescription } from './cellText';

interface Props {
  readonly matrix: ReachMatrix;
  /** The source and destination (indexes into the matrix's nodes). */
  readonly row: number;
  readonly col: number;
  readonly from: MatrixNode;
  readonly to: MatrixNode;
  /** The cell's place in the grid (`data-row`, `data-col`: a click and the keys find it by them). */
  readonly at: number;
  readonly colAt: number;
  readonly filter: PortRef | null;
  readonly current: boolean;
  /** The one place of the grid in the tab order. */
  readonly stop: boolean;
  /** The first column of a namespace: a rule on its left. */
  readonly groupStart: boolean;
}

/**
 * One source → destination: a symbol and a colour for all, some or no ports; a click (or Enter)
 * explains it (the grid handles both). Worked out and drawn once while it stays in view (the
 * window moving redraws only new cells). A cell is no button: the grid has one place in the tab
 * order, and a thousand buttons in view cost their styles and paint on every scroll.
 */
function MatrixCellView(props: Props) {
  const { matrix, row, col, from, to, at, colAt, filter, current, stop, groupStart } = props;
  const cell = reachCell(matrix, row, col, filter);
  const look = `matrix-cell is-${cell.state}${groupStart ? ' is-group-start' : ''}`;
  const text = `${from.label} → ${to.label}: ${cellDescription(cell)}`;
  return (
    <td
      role="gridcell"
      className={look}
      data-testid={`matrix.cell.${from.label}.${to.label}`}
      data-row={at}
      data-col={colAt}
      tabIndex={stop ? 0 : undefined}
      aria-label={text}
      aria-current={current ? 'true' : undefined}
      title={cell.state === 'unchecked' ? text : `${text}\nClick for the explanation.`}
    >
      {CELL_SYMBOLS[cell.state]}
    </td>
  );
}

export const MatrixCell = memo(MatrixCellView);
