import type { StateCreator } from 'zustand';
import type { EditorState, HistoryEntry, HistorySlice, Notice } from '../editorState';
import { historyRedo, historyUndo } from './history';
import { selectLayoutPending } from './layoutPending';
import { hasUnplaced } from './placesKept';

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

/**
 * `next`, the design `entry` brings back, with the layout it waits for. Nodes without a stored
 * place (an example, a design drawn by hand) are drawn where the canvas puts them, the same way
 * each time: they come back where the user saw them, and nothing is laid out. Only a design left
 * before its layout placed its nodes (`HistoryEntry.placing`: a file opened, undone at once)
 * asks for that layout again, and the layout the design left waited for is dropped: it would
 * place the other design's nodes. A layout that had not answered yet and would move the boxes
 * too (Expand all's, a namespace opened: view changes) is asked again as it was: an undo right
 * after Expand all restores boxes placed small, around which the opened workloads would pile up
 * if only they were placed.
 */
function placed(next: EditorState, entry: HistoryEntry | undefined): EditorState {
  const asked = next.layoutRequest;
  const id = (asked?.id ?? 0) + 1;
  const waiting = selectLayoutPending(next) ? asked?.scope : undefined;
  if ((waiting === 'boxes' || waiting === 'room') && hasUnplaced(next)) {
    return { ...next, layoutRequest: { id, scope: waiting } };
  }
  if (entry?.placing === true) return { ...next, layoutRequest: { id, scope: 'unplaced' } };
  return waiting === 'unplaced' ? { ...next, layoutDone: asked?.id ?? 0 } : next;
}

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set) => ({
  past: [],
  future: [],
  undo: () => {
    set((s) => {
      const next = { ...s, ...historyUndo(s) };
      // A layout step leaves the design, and the status line's latest edit, as they were.
      const entry = s.past.at(-1);
      return next.doc === s.doc ? next : placed(stepNotice('Undone', entry, next), entry);
    });
  },
  redo: () => {
    set((s) => {
      const next = { ...s, ...historyRedo(s) };
      const entry = s.future.at(-1);
      return next.doc === s.doc ? next : placed(stepNotice('Redone', entry, next), entry);
    });
  },
});
