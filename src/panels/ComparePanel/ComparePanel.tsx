import { useMemo } from 'react';
import { diffIsEmpty, diffRows, diffSummary, oneSideLines } from '../../engine';
import type { PairChanges } from '../../engine';
import { COMPARED_LINES_DRAWN, selectComparison, useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { ChangedConnections } from '../ChangedConnections/ChangedConnections';
import { NotEnforcedNote } from '../NotEnforcedNote';
import '../panels.css';
import './comparePanel.css';

/** Rows listed at first, and added by each "Show more": a long list stays quick. */
const ROWS_AT_ONCE = 60;

const selectComparing = (s: EditorState) => s.comparing;

/** Self pairs named in the legend before "and N more". */
const SELF_NAMED = 3;

/**
 * What of the list the canvas does not draw: past `COMPARED_LINES_DRAWN` pairs only the picked
 * ones; a workload's connections to itself never have a line (its row selects the workload).
 */
function undrawnText(pairs: readonly PairChanges[]): string {
  if (pairs.length > COMPARED_LINES_DRAWN) {
    return ` ${String(pairs.length)} pairs changed, too many to draw at once: the canvas draws the one you pick here and those of the workload you select.`;
  }
  const self = pairs.filter((p) => p.from === p.to).map((p) => p.from);
  if (self.length === 0) return '';
  const named = self.slice(0, SELF_NAMED).map((name) => `${name} → ${name}`);
  const more = self.length > SELF_NAMED ? ` and ${String(self.length - SELF_NAMED)} more` : '';
  const them =
    self.length === 1 ? 'its row selects the workload' : 'their rows select the workload';
  return ` The canvas draws ${String(pairs.length - self.length)} of the ${String(pairs.length)} changed pairs: a workload's connections to itself (${named.join(', ')}${more}) have no line; ${them}.`;
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
          {undrawnText(result?.diff.pairs ?? [])}
        </p>
      )}
      <ChangedConnections rows={rows} label="Changed connections" rowsAtOnce={ROWS_AT_ONCE} />
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
