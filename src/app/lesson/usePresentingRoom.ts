import { useEditorStore } from '../../store';
import type { EditorState, PresentingRoom } from '../../store';
import { mediaMatches, useMediaQuery } from './useMediaQuery';

/**
 * A projector narrower than this (1280 × 720) gives the canvas the side
 * panel's room: the panel (about 30% of the width) starts hidden.
 */
const NARROW = '(max-width: 1599px)';
/** Lower than this, a step's two or three sentences take 40% of the height: one line. */
const LOW = '(max-height: 899px)';

const selectRoom = (s: EditorState) => s.presentingRoom;
const selectPresenting = (s: EditorState) => s.presenting;
const selectBeside = (s: EditorState) => s.view === 'matrix';

interface RoomShown {
  readonly panel: boolean;
  readonly text: boolean;
}

/**
 * Whether the side panel and a lesson step's whole text show: always when
 * not presenting; in presentation, as the trainer chose, else as the window
 * suits (hidden on a small projector, where the canvas needs the room). The
 * Matrix view puts the step beside the grid (`workshop.css`), where its whole
 * text takes no height from it.
 */
function roomShown(
  presenting: boolean,
  room: PresentingRoom,
  window: { readonly narrow: boolean; readonly low: boolean; readonly beside: boolean },
): RoomShown {
  if (!presenting) return { panel: true, text: true };
  return {
    panel: room.panel ?? !window.narrow,
    text: room.text ?? (window.beside || !window.low),
  };
}

export function usePresentingRoom(): RoomShown {
  const presenting = useEditorStore(selectPresenting);
  const room: PresentingRoom = useEditorStore(selectRoom);
  const beside = useEditorStore(selectBeside);
  const narrow = useMediaQuery(NARROW);
  const low = useMediaQuery(LOW);
  return roomShown(presenting, room, { narrow, low, beside });
}

/** What shows now, for a key that toggles it (`usePresentingRoom` outside React). */
export function presentingRoomNow(state: EditorState): RoomShown {
  return roomShown(state.presenting, state.presentingRoom, {
    narrow: mediaMatches(NARROW),
    low: mediaMatches(LOW),
    beside: selectBeside(state),
  });
}
