import { Panel } from '@xyflow/react';
import { useId, useMemo } from 'react';
import {
  neighbourSpreadOf,
  nodeLabelOf,
  openNeighbourhood,
  selectNeighbourhood,
  useEditorApi,
  useEditorStore,
} from '../store';
import type { EditorState } from '../store';
import { plural } from '../engine';
import { FOCUS_NOTE_CLASS, focusFramedText, focusNoteText, focusSpreadText } from './focusNote';
import type { FramedPart } from './hooks/useFocusOnRequest';

const selectCollapsed = (s: EditorState) => s.collapsed;

/**
 * While the canvas focuses on a workload: what it shows, and how to leave. A region named by its
 * note, not a second live region: the status line is the page's one, so a screen reader
 * announces one message, and the note is found by its role and name. While cards or lines are
 * still on their way (`drawing`: a busy workload's namespaces opening, lines being routed), it
 * says so, outside the note's name, which keeps counting what the focus shows. When the focus
 * left namespaces collapsed (a busy workload of a large design), it says how many neighbours
 * wait in them and offers to open them. When the camera framed only the workload and its nearest
 * neighbours (`framedPart`: they do not fit at the smallest zoom), it says so.
 */
export function NeighbourhoodChip({
  drawing,
  framedPart,
}: {
  readonly drawing: boolean;
  readonly framedPart: FramedPart | null;
}) {
  const api = useEditorApi();
  const noteId = useId();
  const hood = useEditorStore(selectNeighbourhood);
  const collapsed = useEditorStore(selectCollapsed);
  const spread = useMemo(
    () => (hood === null ? null : neighbourSpreadOf(hood.id, hood.nodes, collapsed)),
    [hood, collapsed],
  );
  if (hood === null || spread === null) return null;
  const rest = focusSpreadText({ ...spread, boxes: spread.boxes.length });
  return (
    <Panel
      position="bottom-center"
      className={FOCUS_NOTE_CLASS}
      role="region"
      aria-labelledby={noteId}
    >
      <span id={noteId}>{focusNoteText(nodeLabelOf(hood.id), hood)}</span>
      {drawing && <span className="nc-focus-drawing">drawing more…</span>}
      <button
        type="button"
        onClick={() => {
          api.getState().focusNeighbourhood(null);
        }}
      >
        Leave focus
      </button>
      {framedPart?.id === hood.id && (
        <span className="nc-focus-framed">{focusFramedText(framedPart)}</span>
      )}
      {rest !== null && (
        <span className="nc-focus-rest">
          <span>{rest}</span>
          <button
            type="button"
            onClick={() => {
              openNeighbourhood(api.getState());
            }}
          >
            {spread.boxes.length === 1
              ? 'Open that namespace'
              : `Open the ${plural(spread.boxes.length, 'namespace')}`}
          </button>
        </span>
      )}
    </Panel>
  );
}
