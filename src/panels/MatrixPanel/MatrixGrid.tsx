import { memo, useCallback, useMemo } from 'react';
import type { CSSProperties } from 'react';
import { edgeIdOf, edgeIdParse, selectSelection, useEditorApi, useEditorStore } from '../../store';
import type { EditorState, MatrixNode, MatrixView, NodeId, PortRef } from '../../store';
import { MATRIX_CELL, MATRIX_GROUP_HEADER, MATRIX_PRESENTING_SCALE } from './gridWindow';
import { columnLetters, matrixHeaderSizes, rowLetters } from './headerSizes';
import { MatrixColumnHeads } from './MatrixColumnHeads';
import { MatrixGroupRow } from './MatrixGroupRow';
import { INFERRED_MARK } from './MatrixName';
import {
  groupName,
  groupStartsOf,
  headingBefore,
  matrixLinesOf,
  namespaceInNamesOf,
} from './matrixGroups';
import { MatrixRow } from './MatrixRow';
import { useGridWindow } from './useGridWindow';

interface Props {
  readonly view: MatrixView;
  readonly filter: PortRef | null;
}

const px = (n: number) => `${String(n)}px`;

const selectPresenting = (s: EditorState) => s.presenting;

/**
 * Sources down, destinations across, both grouped by namespace, headers
 * sticky; only the lines and columns in view are rendered (spacers stand for
 * the others). Presented, the table is drawn larger (CSS `zoom`).
 */
function MatrixGridView({ view, filter }: Props) {
  const { matrix, rows, cols } = view;
  const api = useEditorApi();
  const selection = useEditorStore(selectSelection);
  const lines = useMemo(() => matrixLinesOf(matrix.nodes, rows), [matrix, rows]);
  const namespaceInNames = useMemo(
    () => namespaceInNamesOf(matrix.nodes, cols, MATRIX_CELL),
    [matrix, cols],
  );
  // The sizes of `gridWindow.ts`, widened for long names (a column's with its namespace when
  // it says it), for the style sheet.
  const sizes = useMemo(() => {
    // An inferred pod's name follows its mark (`◌ app-web`).
    const nameOf = (node: MatrixNode) => `${node.inferred ? `${INFERRED_MARK} ` : ''}${node.name}`;
    const names = (at: readonly number[]) =>
      at.map((i) => {
        const node = matrix.nodes[i];
        return node === undefined ? '' : nameOf(node);
      });
    const colNames = cols.map((i, c) => {
      const node = matrix.nodes[i];
      if (node === undefined) return '';
      return namespaceInNames[c] === true
        ? `${node.namespace ?? ''}/${nameOf(node)}`
        : nameOf(node);
    });
    const fit = matrixHeaderSizes(names(rows), colNames);
    const style = {
      '--matrix-cell': px(MATRIX_CELL),
      '--matrix-row-header': px(fit.row),
      '--matrix-group-header': px(MATRIX_GROUP_HEADER),
      '--matrix-name-header': px(fit.name),
      '--matrix-column-header': px(fit.column),
    } as CSSProperties;
    return {
      row: fit.row,
      style,
      rowLetters: rowLetters(fit.row),
      colLetters: columnLetters(fit.name),
    };
  }, [matrix, rows, cols, namespaceInNames]);
  const groupStarts = useMemo(() => groupStartsOf(matrix.nodes, cols), [matrix, cols]);
  // On a projector the whole table is drawn larger, for the back of the room.
  const scale = useEditorStore(selectPresenting) ? MATRIX_PRESENTING_SCALE : 1;
  const { ref, visible } = useGridWindow(lines.length, cols.length, scale);
  const line = selection?.kind === 'flow' ? edgeIdParse(selection.id) : null;
  const currentFrom = line?.source ?? null;
  const currentTo = line?.target ?? null;
  const currentNode = selection?.kind === 'node' ? selection.id : null;
  const onPick = useCallback(
    (from: NodeId, to: NodeId) => {
      const state = api.getState();
      // The source's paths on show: the canvas draws the cell's line even where no rule does.
      state.select({ kind: 'flow', id: edgeIdOf(from, to), focus: from, cameFrom: 'matrix' });
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
  const { colStart, colEnd, rowEnd } = visible;
  // The heading of the namespace the first rows in view belong to, even when
  // it scrolled out of the window: it takes the place of the line above them.
  const heading = headingBefore(lines, visible.rowStart);
  const rowStart = heading === null ? visible.rowStart : visible.rowStart - 1;
  const span = (colStart > 0 ? 1 : 0) + colEnd - colStart + (colEnd < cols.length ? 1 : 0);
  const spacer = (count: number) =>
    count > 0 && (
      <tr aria-hidden="true" style={{ height: count * MATRIX_CELL }}>
        <td colSpan={span + 1} />
      </tr>
    );
  return (
    <div className="matrix-scroll" ref={ref}>
      <table
        className="matrix-table"
        aria-label="Reachability: rows are sources, columns destinations"
        aria-rowcount={lines.length + 2}
        aria-colcount={cols.length + 1}
        style={{ ...sizes.style, width: sizes.row + cols.length * MATRIX_CELL, zoom: scale }}
      >
        <thead>
          <MatrixColumnHeads
            nodes={matrix.nodes}
            cols={cols}
            colStart={colStart}
            colEnd={colEnd}
            groupStarts={groupStarts}
            namespaceInNames={namespaceInNames}
            currentTo={currentTo ?? currentNode}
            letters={sizes.colLetters}
            onNode={onNode}
          />
        </thead>
        <tbody>
          {spacer(rowStart)}
          {lines.slice(rowStart, rowEnd).map((line, i) => {
            const item = i === 0 && heading !== null ? heading.line : line;
            const rowIndex = (i === 0 && heading !== null ? heading.at : rowStart + i) + 3;
            if (item.kind === 'group') {
              return (
                <MatrixGroupRow
                  key={`group:${groupName(item.namespace)}`}
                  namespace={item.namespace}
                  count={item.count}
                  rowIndex={rowIndex}
                  span={span}
                />
              );
            }
            const from = matrix.nodes[item.node];
            if (from === undefined) return null;
            return (
              <MatrixRow
                key={from.id}
                matrix={matrix}
                row={item.node}
                rowIndex={rowIndex}
                cols={cols}
                colStart={colStart}
                colEnd={colEnd}
                groupStarts={groupStarts}
                filter={filter}
                currentTo={from.id === currentFrom ? currentTo : null}
                current={from.id === currentFrom || from.id === currentNode}
                letters={sizes.rowLetters}
                onPick={onPick}
                onNode={onNode}
              />
            );
          })}
          {spacer(lines.length - rowEnd)}
        </tbody>
      </table>
    </div>
  );
}

export const MatrixGrid = memo(MatrixGridView);
