import type { StateCreator } from 'zustand';
import { applyEdit, editText } from '../../engine';
import { EMPTY_DOC } from '../../model';
import type { DocumentSlice, EditorState } from '../editorState';
import { designEdited, designLineageNew } from '../designLineage';
import { positionsFollowing, positionsPatched } from '../layoutMoves';
import { historyCommit } from './history';
import { positionsKept, positionsWithRoom } from './placesKept';

export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (set) => ({
  doc: EMPTY_DOC,
  lineage: designLineageNew(),
  dispatch: (edit, placed = {}) => {
    set((s) => {
      const doc = applyEdit(s.doc, edit);
      if (doc === s.doc) return historyCommit(s, doc, positionsPatched(s.positions, placed));
      designEdited(s.lineage, s.doc, doc);
      // Every node keeps the place it is drawn at (undo takes back the places kept with the edit).
      const kept = positionsKept(s);
      const moved = positionsPatched(positionsFollowing(kept, edit), placed);
      const positions = positionsWithRoom(s, kept, doc, moved);
      // The status line describes this edit, and what it allowed and blocked, until the next.
      const what = editText(edit);
      const notice = { tone: 'info' as const, text: `${what}.`, doc, withChanges: true };
      return { ...historyCommit(s, doc, positions, what), notice };
    });
  },
  replaceDoc: (doc, positions = {}) => {
    set((s) => historyCommit(s, doc, positionsPatched(s.positions, positions)));
  },
  openDoc: (doc, positions = {}, what, collapsed = []) => {
    // Its undo brings back the design before, with the boxes it had collapsed. One update: the
    // worker summarises the new design's lines for the set it is sent with.
    set((s) => ({
      ...historyCommit(s, doc, positions, what, true),
      collapsed: [...collapsed].sort(),
      opening: [],
    }));
  },
});
