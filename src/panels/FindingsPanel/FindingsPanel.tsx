import { useState } from 'react';
import { selectFindings, selectTablesCurrent, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import '../panels.css';
import './findingsPanel.css';
import { FindingItem } from './FindingItem';
import { NotEnforcedNote } from '../NotEnforcedNote';
import { drawnFirst } from '../drawnFirst';
import { ShowAllButton } from '../ShowAllButton';

const selectShown = (s: EditorState) => s.shownFinding;

/** The findings drawn before "Show all"; the one shown on the canvas is drawn wherever it lies. */
const FINDINGS_DRAWN = 100;

/**
 * What in the design deserves a second look: likely mistakes (warnings)
 * first, then things worth knowing. Each can be shown on the canvas, and
 * fixed in one click (one undo step) when a fix is safe. While the findings
 * of the last change are worked out, those before it stay on show, marked as
 * updating, their buttons disabled; another design's are never shown.
 */
export function FindingsPanel() {
  const findings = useEditorStore(selectFindings);
  const shown = useEditorStore(selectShown);
  const current = useEditorStore(selectTablesCurrent);
  const [all, setAll] = useState(false);
  const drawn = drawnFirst(findings, FINDINGS_DRAWN, all, (f) => f.id === shown);
  return (
    <section className="panel findings-panel" aria-label="Findings">
      <NotEnforcedNote then="The findings are about what the policies would do on a cluster that enforces them." />
      {findings.length === 0 ? (
        <p className="panel-hint">
          {current
            ? 'No findings: nothing in this design looks like a mistake.'
            : 'Looking for findings in this design…'}
        </p>
      ) : (
        <>
          {!current && (
            <p className="panel-hint" role="status">
              Updating the findings for your last change…
            </p>
          )}
          <ul className="finding-list" aria-label="Findings list" aria-busy={!current}>
            {drawn.map((f) => (
              <FindingItem key={f.id} finding={f} shown={f.id === shown} updating={!current} />
            ))}
          </ul>
          <ShowAllButton
            drawn={drawn.length}
            total={findings.length}
            what="findings"
            onShowAll={() => {
              setAll(true);
            }}
          />
        </>
      )}
    </section>
  );
}
