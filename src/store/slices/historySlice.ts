import type { StateCreator } from 'zustand';
import type { EditorState, HistoryEntry, HistorySlice, Notice } from '../editorState';
import { OUTSIDE_GROUP_ID, nodeIdOf } from '../ids';
import { historyRedo, historyUndo } from './history';
import { selectLayoutPending } from './layoutSlice';

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
 * Whether a node of `s` has no place: a collapsed namespace's box, or a workload of an open one.
 * A design undone or redone before its automatic layout answered (an import undone at once)
 * comes back so: the layout asked for placed the design shown then.
 */
function hasUnplaced(s: EditorState): boolean {
  const closed = new Set(s.collapsed);
  const { positions } = s;
  return (
    // The group outside the cluster has no place of its own: its cards have.
    s.collapsed.some(
      (name) =>
        name !== OUTSIDE_GROUP_ID && positions[nodeIdOf({ kind: 'namespace', name })] === undefined,
    ) ||
    s.doc.workloads.some(
      (w) =>
        !closed.has(w.namespace) &&
        positions[nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name })] ===
          undefined,
    )
  );
}

/**
 * `next`, asking the automatic layout to place what has no place (`hasUnplaced`). A layout that
 * had not answered yet and would move the boxes too (Expand all's, a namespace opened) is asked
 * again as it was: an undo right after Expand all restores boxes placed small, around which the
 * opened workloads would pile up if only they were placed.
 */
function placed(next: EditorState): EditorState {
  if (!hasUnplaced(next)) return next;
  const waiting = selectLayoutPending(next) ? next.layoutRequest?.scope : undefined;
  const scope = waiting === 'boxes' || waiting === 'room' ? waiting : 'unplaced';
  return { ...next, layoutRequest: { id: (next.layoutRequest?.id ?? 0) + 1, scope } };
}

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set) => ({
  past: [],
  future: [],
  undo: () => {
    set((s) => {
      const next = { ...s, ...historyUndo(s) };
      // A layout step leaves the design, and the status line's latest edit, as they were.
      return next.doc === s.doc ? next : placed(stepNotice('Undone', s.past.at(-1), next));
    });
  },
  redo: () => {
    set((s) => {
      const next = { ...s, ...historyRedo(s) };
      return next.doc === s.doc ? next : placed(stepNotice('Redone', s.future.at(-1), next));
    });
  },
});
