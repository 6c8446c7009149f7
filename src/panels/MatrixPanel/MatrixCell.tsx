import { memo } from 'react';
import type { MatrixNode, NodeId, PortRef, ReachMatrix } from '../../store';
import { reachCell } from '../../store';
import { CELL_SYMBOLS, cellDescription } from './cellText';

interface Props {
  readonly matrix: ReachMatrix;
  /** The source and destination (indexes into the matrix's nodes). */
  readonly row: number;
  readonly col: number;
  readonly from: MatrixNode;
  readonly to: MatrixNode;
  readonly filter: PortRef | null;
  readonly current: boolean;
  /** The first column of a namespace: a rule on its left. */
  readonly groupStart: boolean;
  readonly onPick: (from: NodeId, to: NodeId) => void;
}

/**
 * One source → destination: a symbol and a colour for all, some or no ports; a click explains it.
 * Worked out and drawn once while it stays in view (the window moving redraws only new cells).
 */
function MatrixCellView(props: Props) {
  const { matrix, row, col, from, to, filter, current, groupStart, onPick } = props;
  const cell = reachCell(matrix, row, col, filter);
  const testId = `matrix.cell.${from.label}.${to.label}`;
  const look = `matrix-cell is-${cell.state}${groupStart ? ' is-group-start' : ''}`;
  const text = `${from.label} → ${to.label}: ${cellDescription(cell)}`;
  if (cell.state === 'unchecked') {
    return (
      <td className={look} data-testid={testId} title={text} aria-label={text}>
        {CELL_SYMBOLS.unchecked}
      </td>
    );
  }
  return (
    <td className={look} data-testid={testId}>
      <button
        type="button"
        aria-label={text}
        aria-current={current ? 'true' : undefined}
        title={`${text}\nClick for the explanation.`}
        onClick={() => {
          onPick(from.id, to.id);
        }}
      >
        {CELL_SYMBOLS[cell.state]}
      </button>
    </td>
  );
}

export const MatrixCell = memo(MatrixCellView);
