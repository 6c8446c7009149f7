import type { StateCreator } from 'zustand';
import type { EditorState, HistoryEntry, HistorySlice, Notice } from '../editorState';
import { historyRedo, historyUndo } from './history';

/**
 * The status line after an undo or a redo: the step, and (added by the status line) what it
 * allowed and blocked, `Undone: deleted policy prod/db-policy. Now blocked: …`.
 */
function stepNotice(done: 'Undone' | 'Redone', entry: HistoryEntry | undefined, s: EditorState) {
  const what = entry?.what;
  const text =
    what === undefined
      ? `${done}: the last change.`
      : `${done}: ${what.charAt(0).toLowerCase()}${what.slice(1)}.`;
  const notice: Notice = { tone: 'info', text, doc: s.doc, withChanges: true };
  return { ...s, notice };
}

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set) => ({
  past: [],
  future: [],
  undo: () => {
    set((s) => {
      const next = { ...s, ...historyUndo(s) };
      // A layout step leaves the design, and the status line's latest edit, as they were.
      return next.doc === s.doc ? next : stepNotice('Undone', s.past.at(-1), next);
    });
  },
  redo: () => {
    set((s) => {
      const next = { ...s, ...historyRedo(s) };
      return next.doc === s.doc ? next : stepNotice('Redone', s.future.at(-1), next);
    });
  },
});
