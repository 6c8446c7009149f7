import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { PresentingRoomToggles } from './PresentingRoomToggles';

const selectLaser = (s: EditorState) => s.laser;
const selectRevealing = (s: EditorState) => s.revealing;
const selectInLesson = (s: EditorState) => s.lessonSession !== null;

/** The header in presentation mode: only what a trainer needs in front of a room. */
export function PresentationToolbar() {
  const api = useEditorApi();
  const laser = useEditorStore(selectLaser);
  const revealing = useEditorStore(selectRevealing);
  const inLesson = useEditorStore(selectInLesson);
  return (
    <header className="app-header">
      <h1 className="app-title">netpol-canvas</h1>
      <nav className="app-toolbar" aria-label="Toolbar">
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
            aria-pressed={laser}
            aria-keyshortcuts="L"
            title="A large red dot that follows the mouse and fades when it rests (L)"
            onClick={() => {
              api.getState().setLaser(!laser);
            }}
          >
            Laser pointer
          </button>
          {inLesson && (
            <button
              type="button"
              aria-pressed={revealing}
              aria-keyshortcuts="R"
              title="Next shows the step's text and its connections one at a time before the next step (R)"
              onClick={() => {
                api.getState().setRevealing(!revealing);
              }}
            >
              Reveal line by line
            </button>
          )}
        </div>
        <PresentingRoomToggles />
        <button
          type="button"
          className="app-help-button"
          aria-keyshortcuts="P"
          onClick={() => {
            api.getState().setPresenting(false);
          }}
        >
          Exit presentation
        </button>
      </nav>
    </header>
  );
}
