import { useCallback } from 'react';
import {
  selectFindingCounts,
  selectShownFindingNodes,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState } from '../../store';
import './findings.css';

/**
 * The number of findings about a node, at its top right corner (outside its
 * box, so it hides nothing); it opens the Findings panel. A ring marks the
 * node while a finding about it is shown with "Show".
 */
export function FindingsBadge({ id }: { id: string }) {
  const api = useEditorApi();
  const count = useEditorStore(
    useCallback((s: EditorState) => selectFindingCounts(s).get(id) ?? 0, [id]),
  );
  const shown = useEditorStore(
    useCallback((s: EditorState) => selectShownFindingNodes(s).has(id), [id]),
  );
  if (count === 0 && !shown) return null;
  const name = `${String(count)} ${count === 1 ? 'finding' : 'findings'}`;
  return (
    <>
      {shown && <span className="nc-finding-ring" aria-hidden="true" />}
      {count > 0 && (
        <button
          type="button"
          className="nc-finding-badge nodrag"
          aria-label={name}
          title={`${name}: open the Findings panel`}
          onClick={(event) => {
            event.stopPropagation();
            api.getState().openPanel('findings');
          }}
        >
          ⚠ {count}
        </button>
      )}
    </>
  );
}
