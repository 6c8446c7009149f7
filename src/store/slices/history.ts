/**
 * Undo and redo as snapshots of the document. Documents share structure, so a
 * snapshot costs only what changed. Layout and selection are not recorded: a
 * node that comes back on undo finds its old position still in the layout.
 */
import type { Doc } from '../../model';

export const HISTORY_LIMIT = 200;

export interface HistoryState {
  readonly doc: Doc;
  readonly past: readonly Doc[];
  readonly future: readonly Doc[];
}

/** `next` becomes the document; the current one goes on the undo stack; redo is cleared. */
export function historyCommit(state: HistoryState, next: Doc): HistoryState {
  if (next === state.doc) return state;
  const past = [...state.past, state.doc];
  return { doc: next, past: past.slice(-HISTORY_LIMIT), future: [] };
}

export function historyUndo(state: HistoryState): HistoryState {
  const previous = state.past[state.past.length - 1];
  if (previous === undefined) return state;
  return { doc: previous, past: state.past.slice(0, -1), future: [...state.future, state.doc] };
}

export function historyRedo(state: HistoryState): HistoryState {
  const next = state.future[state.future.length - 1];
  if (next === undefined) return state;
  return { doc: next, past: [...state.past, state.doc], future: state.future.slice(0, -1) };
}
