import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectPresenting = (s: EditorState) => s.presenting;

/** The toolbar's workshop group: the lessons menu and presentation mode. */
export function WorkshopTools() {
  const api = useEditorApi();
  const presenting = useEditorStore(selectPresenting);
  return (
    <div className="app-toolgroup" role="group" aria-label="Workshop">
      <button
        type="button"
        onClick={() => {
          api.getState().openDialog('lessons');
        }}
      >
        Lessons…
      </button>
      <button
        type="button"
        aria-pressed={presenting}
        aria-keyshortcuts="P"
        title="Large type for a projector; editing tools hidden (P)"
        onClick={() => {
          api.getState().setPresenting(!presenting);
        }}
      >
        Present
      </button>
    </div>
  );
}
