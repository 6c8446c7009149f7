import { Panel } from '@xyflow/react';
import { nodeLabelOf, selectNeighbourhood, useEditorApi, useEditorStore } from '../store';

function count(n: number, what: string): string {
  return `${String(n)} ${what}`;
}

/** While the canvas focuses on a workload: what it shows, and how to leave. */
export function NeighbourhoodChip() {
  const api = useEditorApi();
  const hood = useEditorStore(selectNeighbourhood);
  if (hood === null) return null;
  return (
    <Panel position="bottom-center" className="nc-focus-chip">
      <span role="status">
        Focused on {nodeLabelOf(hood.id)}:{' '}
        {count(hood.inbound, hood.inbound === 1 ? 'line in' : 'lines in')},{' '}
        {count(hood.outbound, 'out')} — Esc to leave
      </span>
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
