import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { usePresentingRoom } from './usePresentingRoom';

const selectInLesson = (s: EditorState) => s.lessonSession !== null;

/** In the presentation header: show or hide the side panel and a lesson step's whole text. */
export function PresentingRoomToggles() {
  const api = useEditorApi();
  const inLesson = useEditorStore(selectInLesson);
  const room = usePresentingRoom();
  return (
    <div className="app-toolgroup" role="group" aria-label="Room for the canvas">
      <button
        type="button"
        aria-pressed={room.panel}
        aria-keyshortcuts="S"
        title="The Inspector, Walk, Findings and Traffic beside the canvas (S)"
        onClick={() => {
          api.getState().setPresentingRoom({ panel: !room.panel });
        }}
      >
        Side panel
      </button>
      {inLesson && (
        <button
          type="button"
          aria-pressed={room.text}
          aria-keyshortcuts="T"
          title="The step's whole text, or its first line (T)"
          onClick={() => {
            api.getState().setPresentingRoom({ text: !room.text });
          }}
        >
          Whole text
        </button>
      )}
    </div>
  );
}
