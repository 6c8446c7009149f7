import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
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
 * box, so it hides nothing), or `inline` in a collapsed namespace's row of
 * controls (beside Expand: inside the box, read as the box's, where a badge
 * on its corner stood above it); it opens the Findings panel. A ring marks the
 * node while a finding about it is shown with "Show". One watch of the editor
 * store per badge, for both: every card has a badge, and each watch runs at
 * every change of the store (each batch of lines, each pick, each edit).
 */
export function FindingsBadge({ id, inline = false }: { id: string; inline?: boolean }) {
  const api = useEditorApi();
  const { count, shown } = useEditorStore(
    useShallow(
      useCallback(
        (s: EditorState) => ({
          count: selectFindingCounts(s).get(id) ?? 0,
          shown: selectShownFindingNodes(s).has(id),
        }),
        [id],
      ),
    ),
  );
  if (count === 0 && !shown) return null;
  const name = `${String(count)} ${count === 1 ? 'finding' : 'findings'}`;
  return (
    <>
      {shown && <span className="nc-finding-ring" aria-hidden="true" />}
      {count > 0 && (
        <button
          type="button"
          className={inline ? 'nc-finding-badge is-inline nodrag' : 'nc-finding-badge nodrag'}
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
