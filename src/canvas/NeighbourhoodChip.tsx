import { Panel } from '@xyflow/react';
import { useId } from 'react';
import { nodeLabelOf, selectNeighbourhood, useEditorApi, useEditorStore } from '../store';
import { focusNoteText } from './focusNote';

/**
 * While the canvas focuses on a workload: what it shows, and how to leave. A region named by its
 * note, not a second live region: the status line is the page's one, so a screen reader
 * announces one message, and the note is found by its role and name. While cards or lines are
 * still on their way (`drawing`: a busy workload's namespaces opening, lines being routed), it
 * says so, outside the note's name, which keeps counting what the focus shows.
 */
export function NeighbourhoodChip({ drawing }: { readonly drawing: boolean }) {
  const api = useEditorApi();
  const noteId = useId();
  const hood = useEditorStore(selectNeighbourhood);
  if (hood === null) return null;
  return (
    <Panel
      position="bottom-center"
      className="nc-focus-chip"
      role="region"
      aria-labelledby={noteId}
    >
      <span id={noteId}>
        {focusNoteText(nodeLabelOf(hood.id), {
          in: hood.inbound,
          out: hood.outbound,
          inBlocked: hood.inboundBlocked,
          outBlocked: hood.outboundBlocked,
        })}
      </span>
      {drawing && <span className="nc-focus-drawing">drawing more…</span>}
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
