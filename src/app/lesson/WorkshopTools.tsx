import { useEditorApi } from '../../store';

/** The toolbar's workshop group: the lessons menu. */
export function WorkshopTools() {
  const api = useEditorApi();
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
    </div>
  );
}
