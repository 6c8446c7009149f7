import { useCallback, useDeferredValue, useState } from 'react';
import { plural } from '../../engine';
import {
  noMatchText,
  portKey,
  selectMatrixView,
  selectTablesCurrent,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState, MatrixView, PortRef, TableFilter } from '../../store';
import { TableFilterFields } from '../TableFilter/TableFilterFields';
import { NotEnforcedNote } from '../NotEnforcedNote';
import './matrix.css';
import { AxesField } from './AxesField';
import { MatrixGrid } from './MatrixGrid';
import { MatrixLegend } from './MatrixLegend';
import { PortFilter } from './PortFilter';

const selectPresenting = (s: EditorState) => s.presenting;

function countText(view: MatrixView): string {
  const workloads = view.matrix.nodes.filter((n) => n.kind === 'workload').length;
  const externals = view.matrix.nodes.length - workloads;
  const all = `${plural(workloads, 'workload')}${
    externals > 0 ? ` · ${String(externals)} outside the cluster` : ''
  }`;
  const { rows, cols, matrix } = view;
  if (rows.length === matrix.nodes.length && cols.length === matrix.nodes.length) return all;
  return `${all} · showing ${plural(rows.length, 'source')} × ${plural(cols.length, 'destination')}`;
}

/**
 * The reachability matrix: for every source and destination, whether all,
 * some or none of the destination's ports may be reached. A cell opens the
 * same explanation as a line of the canvas (the Inspector's). A filter (by
 * words and namespace) narrows the sources, the destinations or both.
 */
export function MatrixPanel() {
  const api = useEditorApi();
  const view = useEditorStore(selectMatrixView);
  const { matrix } = view;
  const current = useEditorStore(selectTablesCurrent);
  const [picked, setPicked] = useState<PortRef | null>(null);
  // Presented, the filter's fields wait behind a button until asked for (or while they filter):
  // on a 1280 × 720 projector their row is a row of cells the room does not see.
  const presenting = useEditorStore(selectPresenting);
  const [filtersAsked, setFiltersAsked] = useState(false);
  const filtering = view.filter.text !== '' || view.filter.namespace !== null;
  const filtersShown = !presenting || filtersAsked || filtering;
  const filter =
    picked !== null && matrix.ports.some((p) => portKey(p) === portKey(picked)) ? picked : null;
  const onFilter = useCallback(
    (change: Partial<TableFilter>) => {
      api.getState().setMatrixFilter(change);
    },
    [api],
  );
  // The table follows the view when the page has time: typing a filter or opening the tab never
  // waits for a thousand workloads' cells (null: the tab's first frame, before any table).
  const shown = useDeferredValue<MatrixView | null>(view, null);
  const empty = view.rows.length === 0 || view.cols.length === 0;
  // Nothing in yet for the design on show (an import on this view): no count of nothing.
  const waiting = !current && matrix.nodes.length === 0;
  return (
    <div className="matrix">
      <header className="matrix-bar">
        <h2 className="matrix-title">Who can reach whom</h2>
        {!waiting && (
          <span className="matrix-count" aria-busy={!current}>
            {countText(view)}
            {/* An edit's matrix is worked out: the cells on show are those before it. */}
            {!current && ' · updating for your last change…'}
          </span>
        )}
        <PortFilter ports={matrix.ports} value={filter} onChange={setPicked} />
        {presenting && matrix.nodes.length > 0 && (
          <button
            type="button"
            className="matrix-filters-toggle"
            aria-expanded={filtersShown}
            aria-controls="matrix-filters"
            disabled={filtering}
            title={
              filtering
                ? 'Shown while it filters'
                : 'Filter the workloads by name, label or namespace'
            }
            onClick={() => {
              setFiltersAsked(!filtersAsked);
            }}
          >
            Filter…
          </button>
        )}
      </header>
      {filtersShown && matrix.nodes.length > 0 && (
        <div className="matrix-filters" id="matrix-filters">
          <TableFilterFields
            what="workloads"
            filter={view.filter}
            namespaces={view.namespaces}
            placeholder="name or label (app=web)"
            onChange={onFilter}
          >
            <AxesField value={view.filter.axes} onChange={onFilter} />
          </TableFilterFields>
        </div>
      )}
      <NotEnforcedNote then="Click a cell to see what the policies would do on a cluster that enforces them." />
      <div className="matrix-key">
        <MatrixLegend inferred={matrix.nodes.some((n) => n.inferred)} />
        <p className="matrix-note">
          Rows open the connection, columns accept it. A cell checks the ports the destination
          declares (outside the cluster: the ports its egress rules name). Click a cell to see why
          (or move to it with the arrow keys and press Enter).
        </p>
      </div>
      {waiting ? (
        <p className="matrix-empty">Working out who can reach whom…</p>
      ) : matrix.nodes.length === 0 ? (
        <p className="matrix-empty">
          No workloads yet. Add workloads on the canvas, or open the three-tier example.
        </p>
      ) : empty ? (
        <p className="matrix-empty">{noMatchText('workload', view.filter)}</p>
      ) : (
        shown !== null && <MatrixGrid view={shown} filter={filter} />
      )}
    </div>
  );
}
