import { memo, useCallback, useMemo, useRef } from 'react';
import type { CSSProperties } from 'react';
import {
  edgeIdOf,
  edgeIdParse,
  reachCell,
  selectSelection,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState, MatrixNode, MatrixView, NodeId, PortRef } from '../../store';
import { MATRIX_CELL, MATRIX_GROUP_HEADER, MATRIX_PRESENTING_SCALE } from './gridWindow';
import {
  MATRIX_NAME_HEADER_PRESENTED,
  columnLetters,
  matrixHeaderSizes,
  rowLetters,
} from './headerSizes';
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
import type { MatrixLine } from './matrixGroups';
import { MatrixRow } from './MatrixRow';
import { MatrixTip, useMatrixTip } from './MatrixTip';
import type { GridPlace } from './gridKeys';
import { useGridFocus } from './useGridFocus';
import { useGridWindow } from './useGridWindow';
import { useStuckHeading } from './useStuckHeading';

interface Props {
  readonly view: MatrixView;
  readonly filter: PortRef | null;
}

const px = (n: number) => `${String(n)}px`;

const selectPresenting = (s: EditorState) => s.presenting;
const selectInLesson = (s: EditorState) => s.lessonSession !== null;

/** The body line of each row (after its namespace's heading), and the row of each line (-1: a heading). */
function placesOf(lines: readonly MatrixLine[]): { lineOfRow: number[]; rowOfLine: number[] } {
  const lineOfRow: number[] = [];
  const rowOfLine = lines.map((line, i) => {
    if (line.kind !== 'node') return -1;
    lineOfRow.push(i);
    return lineOfRow.length - 1;
  });
  return { lineOfRow, rowOfLine };
}

/**
 * Sources down, destinations across, both grouped by namespace, headers
 * sticky; only the lines and columns in view are rendered (spacers stand for
 * the others). Presented, the table is drawn larger (CSS `zoom`). A grid with
 * one place in the tab order (`useGridFocus`): the keys move the focus, and a
 * tip says what the focused cell says.
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
  // On a projector the whole table is drawn larger, for the back of the room.
  const presenting = useEditorStore(selectPresenting);
  const scale = presenting ? MATRIX_PRESENTING_SCALE : 1;
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
    const fit = matrixHeaderSizes(
      names(rows),
      colNames,
      presenting ? MATRIX_NAME_HEADER_PRESENTED : undefined,
    );
    const style = {
      '--matrix-cell': px(MATRIX_CELL),
      '--matrix-row-header': px(fit.row),
      '--matrix-group-header': px(MATRIX_GROUP_HEADER),
      '--matrix-name-header': px(fit.name),
      '--matrix-column-header': px(fit.column),
    } as CSSProperties;
    return {
      row: fit.row,
      column: fit.column,
      style,
      rowLetters: rowLetters(fit.row),
      colLetters: columnLetters(fit.name),
    };
  }, [matrix, rows, cols, namespaceInNames, presenting]);
  const groupStarts = useMemo(() => groupStartsOf(matrix.nodes, cols), [matrix, cols]);
  const scroll = useGridWindow(lines.length, cols.length, scale);
  const { ref, visible } = scroll;
  const line = selection?.kind === 'flow' ? edgeIdParse(selection.id) : null;
  const currentFrom = line?.source ?? null;
  const currentTo = line?.target ?? null;
  const currentNode = selection?.kind === 'node' ? selection.id : null;
  const onPick = useCallback(
    (from: NodeId, to: NodeId) => {
      const state = api.getState();
      // The source's paths on show: the canvas draws the cell's line even where no rule does.
      // Only explained: the camera moves (and closed boxes open) on the Inspector's Show.
      state.select({ kind: 'flow', id: edgeIdOf(from, to), focus: from, cameFrom: 'matrix' });
      state.openPanel('inspector');
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
  const { lineOfRow, rowOfLine } = useMemo(() => placesOf(lines), [lines]);
  const inLesson = useEditorStore(selectInLesson);
  const heads = useMemo(() => ({ top: sizes.column, left: sizes.row }), [sizes]);
  const act = useCallback(
    (at: GridPlace) => {
      const to = at.col === -1 ? undefined : matrix.nodes[cols[at.col] ?? -1];
      const from = at.row === -1 ? undefined : matrix.nodes[rows[at.row] ?? -1];
      if (from === undefined || to === undefined) {
        const node = from ?? to;
        if (node !== undefined) onNode(node.id);
        return;
      }
      const cell = reachCell(matrix, rows[at.row] ?? -1, cols[at.col] ?? -1, filter);
      if (cell.state !== 'unchecked') onPick(from.id, to.id);
    },
    [matrix, rows, cols, filter, onNode, onPick],
  );
  const focus = useGridFocus({
    rows: rows.length,
    cols: cols.length,
    lineOfRow,
    heads,
    scale,
    scroll,
    act,
    clicker: inLesson,
  });
  const { stop } = focus;
  useStuckHeading(ref, focus.tableRef, lines, scroll.screen, scale);
  const tip = useMatrixTip();
  const area = useRef<HTMLDivElement>(null);
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
    <div className="matrix-area" ref={area}>
      <div className="matrix-scroll" ref={ref}>
        {/* The grid's keys and clicks: its cells are no buttons, and one of its places is in the
            tab order (keyboard users move with the arrows; pointer users click). */}
        <table
          ref={focus.tableRef}
          role="grid"
          className="matrix-table"
          aria-label="Reachability: rows are sources, columns destinations"
          aria-rowcount={lines.length + 2}
          aria-colcount={cols.length + 1}
          style={{ ...sizes.style, width: sizes.row + cols.length * MATRIX_CELL, zoom: scale }}
          onKeyDown={focus.onKeyDown}
          onClick={focus.onClick}
          onFocus={(e) => {
            focus.onFocus(e);
            tip.onFocusTip(e);
          }}
          onBlur={(e) => {
            focus.onBlur(e);
            tip.onBlurTip(e);
          }}
          onPointerOver={tip.onPointerOver}
          onPointerLeave={tip.onPointerLeave}
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
              stopCol={stop.row === -1 ? stop.col : null}
            />
          </thead>
          <tbody>
            {spacer(rowStart)}
            {lines.slice(rowStart, rowEnd).map((line, i) => {
              const item = i === 0 && heading !== null ? heading.line : line;
              const lineAt = i === 0 && heading !== null ? heading.at : rowStart + i;
              if (item.kind === 'group') {
                return (
                  <MatrixGroupRow
                    key={`group:${groupName(item.namespace)}`}
                    namespace={item.namespace}
                    count={item.count}
                    rowIndex={lineAt + 3}
                    span={span}
                  />
                );
              }
              const from = matrix.nodes[item.node];
              if (from === undefined) return null;
              const at = rowOfLine[lineAt] ?? -1;
              return (
                <MatrixRow
                  key={from.id}
                  matrix={matrix}
                  row={item.node}
                  at={at}
                  rowIndex={lineAt + 3}
                  cols={cols}
                  colStart={colStart}
                  colEnd={colEnd}
                  groupStarts={groupStarts}
                  filter={filter}
                  currentTo={from.id === currentFrom ? currentTo : null}
                  current={from.id === currentFrom || from.id === currentNode}
                  stopCol={stop.row === at ? stop.col : null}
                  letters={sizes.rowLetters}
                />
              );
            })}
            {spacer(lines.length - rowEnd)}
          </tbody>
        </table>
      </div>
      <MatrixTip target={tip.tip} area={area} scroller={ref} scale={scale} />
    </div>
  );
}

export const MatrixGrid = memo(MatrixGridView);
