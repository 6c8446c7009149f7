import { memo } from 'react';
import { groupName } from './matrixGroups';

interface Props {
  readonly namespace: string | null;
  readonly count: number;
  readonly rowIndex: number;
  /** Table columns after the row headers (cells and spacers). */
  readonly span: number;
}

/** A namespace heading its sources: its name (sticky on the left) and how many rows follow. */
function MatrixGroupRowView({ namespace, count, rowIndex, span }: Props) {
  const name = groupName(namespace);
  const what = namespace === null ? 'endpoint' : 'workload';
  const counted = `${String(count)} ${what}${count === 1 ? '' : 's'}`;
  return (
    <tr aria-rowindex={rowIndex} className="matrix-group-row">
      <th
        scope="rowgroup"
        aria-label={`${name}: ${counted}`}
        className="matrix-row-group"
        title={`${name}: ${counted}`}
      >
        <span className="matrix-group-name">{name}</span>
        <span className="matrix-group-count">{counted}</span>
      </th>
      <td colSpan={span} className="matrix-group-band" aria-hidden="true" />
    </tr>
  );
}

export const MatrixGroupRow = memo(MatrixGroupRowView);
