import { memo } from 'react';
import type { MatrixNode } from '../../store';
import { MATRIX_CELL } from './gridWindow';
import { columnRunsOf, groupName } from './matrixGroups';
import { MatrixName, headerParts, headerTip } from './MatrixName';

interface Props {
  readonly nodes: readonly MatrixNode[];
  /** The columns (indexes into `nodes`). */
  readonly cols: readonly number[];
  readonly colStart: number;
  readonly colEnd: number;
  readonly groupStarts: readonly boolean[];
  /** For each column: whether its name says its namespace (too long to read over its columns). */
  readonly namespaceInNames: readonly boolean[];
  /** The column of the selection (a cell's destination, or a selected workload). */
  readonly currentTo: string | null;
  /** How many letters of a name the row of names holds whole (`columnLetters`). */
  readonly letters: number;
  /** The column of the grid's tab stop when it is on a column's name, or null. */
  readonly stopCol: number | null;
}

function spacer(columns: number) {
  return columns > 0 && <td aria-hidden="true" style={{ width: columns * MATRIX_CELL }} />;
}

/**
 * The destinations in view (sticky at the top): a row of namespaces, each
 * over its columns, then each workload's name written upwards (with its
 * namespace, when that is cut over its columns: then the namespace's own
 * header is left blank, as `k…` over kube-system's one column said nothing).
 * A name's accessible name, tooltip and tip (`MatrixTip`) read `namespace/name` in full; the
 * grid handles the names' clicks and keys.
 */
function MatrixColumnHeadsView(props: Props) {
  const { nodes, cols, colStart, colEnd, groupStarts, namespaceInNames, currentTo } = props;
  const { letters, stopCol } = props;
  const after = cols.length - colEnd;
  return (
    <>
      <tr aria-rowindex={1}>
        <th scope="col" rowSpan={2} className="matrix-corner">
          <span className="matrix-corner-to">to →</span>
          <span className="matrix-corner-from">from ↓</span>
        </th>
        {spacer(colStart)}
        {columnRunsOf(nodes, cols, colStart, colEnd).map((run) => {
          // The last group (the endpoints outside the cluster) has nothing on its right: its name
          // reads on past its columns rather than "o…" over its one column.
          const readsOn = run.namespace === null && run.first + run.span === cols.length;
          return (
            <th
              key={`${String(run.first)}:${groupName(run.namespace)}`}
              scope="colgroup"
              colSpan={run.span}
              aria-label={groupName(run.namespace)}
              className="matrix-col-group"
              style={{ width: run.span * MATRIX_CELL }}
              title={groupName(run.namespace)}
            >
              {namespaceInNames[run.first] !== true && (
                <span
                  className={readsOn ? 'matrix-group-name is-read-on' : 'matrix-group-name'}
                  style={readsOn ? undefined : { maxWidth: run.span * MATRIX_CELL }}
                >
                  {groupName(run.namespace)}
                </span>
              )}
            </th>
          );
        })}
        {spacer(after)}
      </tr>
      <tr aria-rowindex={2}>
        {spacer(colStart)}
        {cols.slice(colStart, colEnd).map((node, i) => {
          const to = nodes[node];
          if (to === undefined) return null;
          const current = currentTo === to.id ? 'is-current' : '';
          const start = groupStarts[colStart + i] === true ? 'is-group-start' : '';
          const written = headerParts(
            to,
            namespaceInNames[colStart + i] === true ? to.namespace : null,
            letters,
          );
          return (
            <th
              key={to.id}
              scope="col"
              aria-label={to.label}
              className={`matrix-col-head ${current} ${start}`}
              style={{ width: MATRIX_CELL }}
            >
              <button
                type="button"
                aria-label={to.label}
                data-name={headerTip(to)}
                data-row={-1}
                data-col={colStart + i}
                tabIndex={stopCol === colStart + i ? 0 : -1}
                title={`${headerTip(to)}: select it to see its paths`}
              >
                {written.namespace === null ? (
                  <span className="matrix-col-name">
                    <MatrixName node={to} name={written.name} />
                  </span>
                ) : (
                  <span className="matrix-col-name has-namespace">
                    <span className="matrix-col-namespace">{written.namespace}</span>
                    <span>
                      <MatrixName node={to} name={written.name} />
                    </span>
                  </span>
                )}
              </button>
            </th>
          );
        })}
        {spacer(after)}
      </tr>
    </>
  );
}

export const MatrixColumnHeads = memo(MatrixColumnHeadsView);
