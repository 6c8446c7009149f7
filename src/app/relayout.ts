import type { EditorState } from '../store';

/**
 * Re-layout: every node placed again by the automatic layout (one undo step), then fitted,
 * on the canvas (Help offers it in the matrix too).
 */
export function relayout(state: EditorState): void {
  if (state.view !== 'canvas') state.showView('canvas');
  state.requestLayout('all');
  state.requestFit();
}
