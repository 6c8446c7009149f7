import type { EditorState } from '../store';

/** Re-layout: every node placed again by the automatic layout (one undo step), then fitted. */
export function relayout(state: EditorState): void {
  state.requestLayout('all');
  state.requestFit();
}
