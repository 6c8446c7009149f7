import { useId } from 'react';
import type { Finding } from '../../engine';
import { findingNodeId, useEditorApi } from '../../store';
import { subjectText } from './subjectText';

/**
 * One finding: what, where, and its buttons (Show; the fix when one is safe), disabled while
 * `updating` (the finding is of the document before the last change).
 */
export function FindingItem({
  finding,
  shown,
  updating,
}: {
  finding: Finding;
  shown: boolean;
  updating: boolean;
}) {
  const api = useEditorApi();
  const messageId = useId();
  const show = () => {
    const state = api.getState();
    state.showFinding(finding.id);
    const nodes = finding.subjects.flatMap((s) => findingNodeId(s) ?? []);
    const [node] = nodes;
    const policy = finding.subjects.find((s) => s.kind === 'policy');
    if (node !== undefined) state.select({ kind: 'node', id: node });
    else if (policy !== undefined) {
      state.select({ kind: 'policy', namespace: policy.namespace, name: policy.name });
    }
    // From the Matrix view too: the canvas comes back to show them.
    if (nodes.length > 0) state.showOnCanvas(nodes);
  };
  const fix = () => {
    if (finding.fix === null) return;
    const state = api.getState();
    state.dispatch(finding.fix);
    state.showFinding(null);
  };
  return (
    <li className={`finding is-${finding.severity} ${shown ? 'is-shown' : ''}`}>
      <p className="finding-message" id={messageId}>
        <span className="finding-severity">{finding.severity}</span> {finding.message}
      </p>
      <p className="finding-subjects">{finding.subjects.map(subjectText).join(' · ')}</p>
      <div className="finding-actions">
        <button
          type="button"
          aria-describedby={messageId}
          aria-pressed={shown}
          disabled={updating}
          onClick={show}
        >
          Show
        </button>
        {finding.fix !== null && (
          <button
            type="button"
            className="is-primary"
            aria-describedby={messageId}
            disabled={updating}
            onClick={fix}
          >
            {finding.fixLabel ?? 'Fix'}
          </button>
        )}
      </div>
    </li>
  );
}
