import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { NetworkPluginSelect } from './NetworkPluginSelect';

const selectPresenting = (s: EditorState) => s.presenting;

import { ThemeSelect } from '../theme/ThemeSelect';
/** Beside the Canvas | Matrix tabs: how the view is shown (presentation mode) and what it assumes. */
export function ViewTools() {
  const api = useEditorApi();
  const presenting = useEditorStore(selectPresenting);
  return (
    <div className="view-tools" role="group" aria-label="View settings">
      <ThemeSelect />
      {!presenting && (
        <button
          type="button"
          aria-keyshortcuts="P"
          title="Large type for a projector; editing tools hidden (P)"
          onClick={() => {
            api.getState().setPresenting(true);
          }}
        >
          Present
        </button>
      )}
      <NetworkPluginSelect />
    </div>
  );
}
