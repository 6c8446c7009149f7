import { nodeIdOf, toggleNeighbourhood, useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectFocused = (s: EditorState) => s.neighbourhood;

/**
 * Focuses the canvas on a workload's connections (its lines in and out and
 * the nodes at their other ends; the rest dimmed), or leaves focus: a toggle
 * button, pressed while focused. F does the same for the selected workload.
 */
export function FocusButton({ namespace, name }: { namespace: string; name: string }) {
  const api = useEditorApi();
  const id = nodeIdOf({ kind: 'workload', namespace, name });
  const pressed = useEditorStore(selectFocused) === id;
  return (
    <button
      type="button"
      className="details-focus"
      aria-pressed={pressed}
      title={`Show only the connections of ${name} on the canvas (F); Esc leaves focus`}
      onClick={() => {
        toggleNeighbourhood(api.getState(), id);
      }}
    >
      Focus on {name}&apos;s connections
    </button>
  );
}
