import { useEditorStore } from '../../store';
import type { EditorState, PresentingRoom } from '../../store';
import { useMediaQuery } from './useMediaQuery';

/**
 * A projector narrower than this (1280 × 720) gives the canvas the side
 * panel's room: the panel (about 30% of the width) starts hidden.
 */
const NARROW = '(max-width: 1599px)';
/** Lower than this, a step's two or three sentences take 40% of the height: one line. */
const LOW = '(max-height: 899px)';

const selectRoom = (s: EditorState) => s.presentingRoom;
const selectPresenting = (s: EditorState) => s.presenting;

/**
 * Whether the side panel and a lesson step's whole text show: always when
 * not presenting; in presentation, as the trainer chose, else as the window
 * suits (hidden on a small projector, where the canvas needs the room).
 */
export function usePresentingRoom(): { readonly panel: boolean; readonly text: boolean } {
  const presenting = useEditorStore(selectPresenting);
  const room: PresentingRoom = useEditorStore(selectRoom);
  const narrow = useMediaQuery(NARROW);
  const low = useMediaQuery(LOW);
  if (!presenting) return { panel: true, text: true };
  return { panel: room.panel ?? !narrow, text: room.text ?? !low };
}
