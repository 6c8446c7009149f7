import { useEditorApi } from '../../store';

/** The header in presentation mode: only what a trainer needs in front of a room. */
export function PresentationToolbar() {
  const api = useEditorApi();
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
        </div>
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
