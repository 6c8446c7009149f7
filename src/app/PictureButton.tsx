import { useEditorApi, useEditorStore } from '../store';
import type { EditorState } from '../store';

const selectView = (s: EditorState) => s.view;

/**
 * Opens "Save the diagram as a picture" (beside Re-layout, with the canvas's own tools), or in
 * the Matrix view "Save the matrix as a picture" (beside Save CSV).
 */
export function PictureButton() {
  const api = useEditorApi();
  const matrix = useEditorStore(selectView) === 'matrix';
  return (
    <button
      type="button"
      className="find-button"
      onClick={() => {
        api.getState().openDialog('picture');
      }}
      title={
        matrix
          ? 'The matrix as SVG or PNG, with the design’s name and what the marks mean'
          : 'The diagram as SVG or PNG, with the design’s name and a legend'
      }
    >
      Picture…
    </button>
  );
}
