import { useCallback } from 'react';
import { edgeIdOf, edgeIdParse, selectSelection, useEditorApi, useEditorStore } from '../../store';
import type { NodeId, PortRef, ReachMatrix } from '../../store';
import { MATRIX_CELL, MATRIX_ROW_HEADER } from './gridWindow';
import { MatrixColumnHeads } from './MatrixColumnHeads';
import { MatrixRow } from './MatrixRow';
import { useGridWindow } from './useGridWindow';

interface Props {
  readonly matrix: ReachMatrix;
  readonly filter: PortRef | null;
}

/**
 * Sources down, destinations across, headers sticky; only the rows and
 * columns in view are rendered (spacers stand for the others).
 */
export function MatrixGrid({ matrix, filter }: Props) {
  const api = useEditorApi();
  const selection = useEditorStore(selectSelection);
  const n = matrix.nodes.length;
  const { ref, visible } = useGridWindow(n, n);
  const line = selection?.kind === 'flow' ? edgeIdParse(selection.id) : null;
  const currentFrom = line?.source ?? null;
  const currentTo = line?.target ?? null;
  const currentNode = selection?.kind === 'node' ? selection.id : null;
  const onPick = useCallback(
    (from: NodeId, to: NodeId) => {
      const state = api.getState();
      state.select({ kind: 'flow', id: edgeIdOf(from, to), focus: null });
      state.openPanel('inspector');
      state.requestFocus([from, to]);
    },
    [api],
  );
  const onNode = useCallback(
    (id: string) => {
      const state = api.getState();
      state.select({ kind: 'node', id });
      state.openPanel('inspector');
    },
    [api],
  );
  const columns =
    1 +
    (visible.colStart > 0 ? 1 : 0) +
    visible.colEnd -
    visible.colStart +
    (visible.colEnd < n ? 1 : 0);
  const spacer = (rows: number) =>
    rows > 0 && (
      <tr aria-hidden="true" style={{ height: rows * MATRIX_CELL }}>
        <td colSpan={columns} />
      </tr>
    );
  return (
    <div className="matrix-scroll" ref={ref}>
      <table
        className="matrix-table"
        aria-label="Reachability: rows are sources, columns destinations"
        aria-rowcount={n + 1}
        aria-colcount={n + 1}
        style={{ width: MATRIX_ROW_HEADER + n * MATRIX_CELL }}
      >
        <thead>
          <MatrixColumnHeads
            nodes={matrix.nodes}
            colStart={visible.colStart}
            colEnd={visible.colEnd}
            currentTo={currentTo ?? currentNode}
            onNode={onNode}
          />
        </thead>
        <tbody>
          {spacer(visible.rowStart)}
          {matrix.nodes.slice(visible.rowStart, visible.rowEnd).map((from, i) => (
            <MatrixRow
              key={from.id}
              matrix={matrix}
              row={visible.rowStart + i}
              colStart={visible.colStart}
              colEnd={visible.colEnd}
              filter={filter}
              currentTo={from.id === currentFrom ? currentTo : null}
              current={from.id === currentFrom || from.id === currentNode}
              onPick={onPick}
              onNode={onNode}
            />
          ))}
          {spacer(n - visible.rowEnd)}
        </tbody>
      </table>
    </div>
  );
}
