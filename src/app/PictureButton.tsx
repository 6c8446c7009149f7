import { useEditorApi } from '../store';

/** Opens "Save the diagram as a picture"; beside Re-layout, with the canvas's own tools. */
export function PictureButton() {
  const api = useEditorApi();
  return (
    <button
      type="button"
      className="find-button"
      onClick={() => {
        api.getState().openDialog('picture');
      }}
      title="The diagram as SVG or PNG, with the design’s name and a legend"
    >
      Picture…
    </button>
  );
}
