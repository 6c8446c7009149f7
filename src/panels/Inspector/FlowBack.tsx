import { nodeRefParse, useEditorApi, useEditorStore } from '../../store';
import type { EditorState, Selection } from '../../store';

const selectView = (s: EditorState) => s.view;

/**
 * The way back from a line's explanation to where the user came from: the workload whose paths
 * they were reading, or the matrix when a cell was clicked there and the canvas is now on show.
 * A lesson step's line, or a matrix cell's while the matrix is on show, offers none.
 */
export function FlowBack({ selection }: { selection: Selection & { kind: 'flow' } }) {
  const api = useEditorApi();
  const view = useEditorStore(selectView);
  const { focus, cameFrom } = selection;
  if (cameFrom === 'matrix' && view !== 'matrix') {
    return (
      <div className="panel-bar">
        <button
          type="button"
          onClick={() => {
            api.getState().showView('matrix');
          }}
        >
          ← Back to the matrix
        </button>
      </div>
    );
  }
  if (focus === null || cameFrom !== undefined) return null;
  return (
    <div className="panel-bar">
      <button
        type="button"
        onClick={() => {
          api.getState().select({ kind: 'node', id: focus });
        }}
      >
        ← Back to {nodeRefParse(focus)?.name ?? focus}
      </button>
    </div>
  );
}
