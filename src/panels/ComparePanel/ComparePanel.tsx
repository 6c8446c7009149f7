import { useMemo, useState } from 'react';
import { diffIsEmpty, diffRows, diffSummary, oneSideLines } from '../../engine';
import {
  COMPARED_LINES_DRAWN,
  edgeIdParse,
  nodeRefParse,
  selectComparison,
  selectSelection,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState, Selection } from '../../store';
import { NotEnforcedNote } from '../NotEnforcedNote';
import '../panels.css';
import './comparePanel.css';
import { CompareRows } from './CompareRows';
import { compareRowShow } from './compareRowShow';

/** Rows listed at first, and added by each "Show more": a long list stays quick. */
const ROWS_AT_ONCE = 60;

const selectComparing = (s: EditorState) => s.comparing;

/** `ns/name` of a workload node's id, or null. */
function podOf(id: string): string | null {
  const ref = nodeRefParse(id);
  return ref?.kind === 'workload' ? `${ref.namespace}/${ref.name}` : null;
}

/** The selected connection as a row's `from>to` (a workload: to itself), or null. */
function selectedPair(selection: Selection): string | null {
  if (selection?.kind === 'node') {
    const pod = podOf(selection.id);
    return pod === null ? null : `${pod}>${pod}`;
  }
  const ends = selection?.kind === 'flow' ? edgeIdParse(selection.id) : null;
  if (ends === null) return null;
  const from = podOf(ends.source);
  const to = podOf(ends.target);
  return from === null || to === null ? null : `${from}>${to}`;
}

/**
 * The comparison open ("Compare with…"): what the current design (after) allows and
 * blocks that the design compared with (before) did not, as `netpol-canvas diff` lists
 * it; a click on a row shows that connection on the canvas.
 */
export function ComparePanel() {
  const api = useEditorApi();
  const comparing = useEditorStore(selectComparing);
  const view = useEditorStore(selectComparison);
  const selection = useEditorStore(selectSelection);
  const [limit, setLimit] = useState(ROWS_AT_ONCE);
  const result = view?.result ?? null;
  const rows = useMemo(() => (result === null ? [] : diffRows(result.diff)), [result]);
  if (comparing === null) {
    return (
      <p className="panel-hint">
        No comparison is open. Compare with… (in the toolbar) compares this design with a file or
        with the last saved design.
      </p>
    );
  }
  const oneSide = result === null ? [] : oneSideLines(result.diff);
  const pairs = result?.diff.pairs.length ?? 0;
  const summary =
    result === null
      ? `Comparing with ${comparing.name}…`
      : `${diffIsEmpty(result.diff) ? 'No change: ' : ''}${diffSummary(result.diff, result.workloads)}.`;
  return (
    <section className="panel compare-panel" aria-label="Comparison">
      <div className="compare-head">
        <p className="compare-title">
          This design (after) compared with <strong>{comparing.name}</strong> (before)
        </p>
        <button
          type="button"
          onClick={() => {
            api.getState().closeComparison();
          }}
        >
          Close comparison
        </button>
      </div>
      <NotEnforcedNote then="With this plugin no change of the policies changes a connection." />
      <p className="compare-summary" role="status">
        {summary}
        {view?.current === false && result !== null ? ' Comparing your latest edit…' : ''}
      </p>
      {rows.length > 0 && (
        <p className="compare-legend">
          On the canvas: <span className="compare-key is-allowed">+ newly allowed</span> thick,
          solid; <span className="compare-key is-blocked">− newly blocked</span> thick, dotted.
          {pairs > COMPARED_LINES_DRAWN &&
            ` ${String(pairs)} pairs changed, too many to draw at once: the canvas draws the one you pick here and those of the workload you select.`}
        </p>
      )}
      <CompareRows
        rows={rows.slice(0, limit)}
        selected={selectedPair(selection)}
        onShow={(row) => {
          compareRowShow(api.getState(), row);
        }}
      />
      {rows.length > limit && (
        <button
          type="button"
          className="compare-more"
          onClick={() => {
            setLimit(limit + ROWS_AT_ONCE);
          }}
        >
          Show {Math.min(ROWS_AT_ONCE, rows.length - limit)} more ({rows.length - limit} not listed)
        </button>
      )}
      {oneSide.length > 0 && (
        <ul className="compare-one-side" aria-label="On one side only">
          {oneSide.map((l) => (
            <li key={l.label}>
              <strong>{l.label}:</strong> {l.names.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
