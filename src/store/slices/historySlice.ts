import type { StateCreator } from 'zustand';
import type { EditorState, HistoryEntry, HistorySlice, Notice } from '../editorState';
import { historyRedo, historyUndo } from './history';
import { selectLayoutPending } from './layoutPending';
import { hasUnplaced } from './placesKept';
import { collapsedWith } from '../collapse/collapsedNamespaces';

/**
 * The status line after an undo or a redo: the step, and (added by the status line) what it
 * allowed and blocked, `Undone: deleted policy prod/db-policy. Now blocked: …`.
 */
function stepNotice(done: 'Undone' | 'Redone', entry: HistoryEntry | undefined, s: EditorState) {
  const notice: Notice = {
    tone: 'info',
    text: stepText(done, entry),
    doc: s.doc,
    withChanges: true,
  };
  return { ...s, notice };
}

/** `Undone: deleted policy prod/db-policy.`, `Redone: expanded ns-9.` */
function stepText(done: 'Undone' | 'Redone', entry: HistoryEntry | undefined): string {
  const what = entry?.what;
  return what === undefined
    ? `${done}: the last change.`
    : `${done}: ${what.charAt(0).toLowerCase()}${what.slice(1)}.`;
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

/**
 * `next`, a view step undone or redone (boxes opened or closed again, from `before`): a layout
 * still on its way for the boxes as they were is dropped (its places would move the boxes
 * brought back), and a box opened again whose workloads have no place yet asks for the layout
 * that places them, as Expand does. The status line says what was undone.
 */
function viewBack(
  done: 'Undone' | 'Redone',
  before: EditorState,
  next: EditorState,
  entry: HistoryEntry,
): EditorState {
  // A drag's step says nothing: the card going back is what the user watches.
  const told =
    entry.what === undefined
      ? next
      : { ...next, notice: { tone: 'info' as const, text: stepText(done, entry) } };
  if (entry.collapsed === undefined) return told;
  const opened = before.collapsed.filter((name) => !next.collapsed.includes(name));
  const waiting = selectLayoutPending(next) ? next.layoutRequest : null;
  if (opened.length > 0 && hasUnplaced(next)) {
    const id = (next.layoutRequest?.id ?? 0) + 1;
    return {
      ...told,
      opening: collapsedWith([], opened, true),
      layoutRequest: { id, scope: 'room' },
    };
  }
  const dropped = waiting === null ? {} : { layoutDone: waiting.id };
  return { ...told, opening: [], ...dropped };
}

/** A design brought back whole with its collapsed boxes: none of them is opening. */
function wholeBack(next: EditorState, entry: HistoryEntry | undefined): EditorState {
  return entry?.collapsed === undefined ? next : { ...next, opening: [] };
}

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set) => ({
  past: [],
  future: [],
  undo: () => {
    set((s) => {
      const next = { ...s, ...historyUndo(s) };
      // A layout or view step leaves the design, and what the status line said it allowed.
      const entry = s.past.at(-1);
      if (entry === undefined) return s;
      if (next.doc === s.doc) return viewBack('Undone', s, next, entry);
      return placed(stepNotice('Undone', entry, wholeBack(next, entry)), entry);
    });
  },
  redo: () => {
    set((s) => {
      const next = { ...s, ...historyRedo(s) };
      const entry = s.future.at(-1);
      if (entry === undefined) return s;
      if (next.doc === s.doc) return viewBack('Redone', s, next, entry);
      return placed(stepNotice('Redone', entry, wholeBack(next, entry)), entry);
    });
  },
});
