/**
 * Focus mode as the user drives it (the Inspector's Focus button, the F key):
 * focus on the selected workload's neighbourhood and bring all of it into view, or
 * leave focus when it is already on.
 */
import type { EditorState } from './editorState';
import { nodeRefParse } from './ids';
import { selectNeighbourhood } from './derived/neighbourhood';

/** The selected workload's node id, if a workload is selected. */
function selectedWorkload(state: EditorState): string | null {
  const { selection } = state;
  if (selection?.kind !== 'node') return null;
  return nodeRefParse(selection.id)?.kind === 'workload' ? selection.id : null;
}

/** Focuses on `id` (the selected workload when not given), or leaves focus if it is focused. */
export function toggleNeighbourhood(state: EditorState, id = selectedWorkload(state)): void {
  if (id === null) return;
  if (state.neighbourhood === id) {
    state.focusNeighbourhood(null);
    return;
  }
  state.focusNeighbourhood(id);
  const hood = selectNeighbourhood({ ...state, neighbourhood: id });
  if (hood !== null) state.requestFocus([...hood.nodes], true);
}
