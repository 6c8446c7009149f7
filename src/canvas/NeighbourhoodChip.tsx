import { Panel } from '@xyflow/react';
import { nodeLabelOf, selectNeighbourhood, useEditorApi, useEditorStore } from '../store';
import { focusNoteText } from './focusNote';

/** While the canvas focuses on a workload: what it shows, and how to leave. */
export function NeighbourhoodChip() {
  const api = useEditorApi();
  const hood = useEditorStore(selectNeighbourhood);
  if (hood === null) return null;
  return (
    <Panel position="bottom-center" className="nc-focus-chip">
      <span role="status">{focusNoteText(nodeLabelOf(hood.id), hood.inbound, hood.outbound)}</span>
      <button
        type="button"
        onClick={() => {
          api.getState().focusNeighbourhood(null);
        }}
      >
        Leave focus
      </button>
    </Panel>
  );
}
