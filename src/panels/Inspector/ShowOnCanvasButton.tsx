import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectOffCanvas = (s: EditorState) => s.view !== 'canvas';

/**
 * While another view (the matrix) takes the canvas's place: back to the canvas,
 * its camera on what the Inspector explains (the namespaces hiding it opened).
 */
export function ShowOnCanvasButton({ ids, what }: { ids: readonly string[]; what: string }) {
  const api = useEditorApi();
  if (!useEditorStore(selectOffCanvas)) return null;
  return (
    <button
      type="button"
      className="details-focus"
      title={`Back to the canvas, with ${what} in view`}
      onClick={() => {
        api.getState().showOnCanvas(ids);
      }}
    >
      Show on canvas
    </button>
  );
}
