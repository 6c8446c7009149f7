import type { StateCreator } from 'zustand';
import { applyEdit } from '../../engine';
import { EMPTY_DOC } from '../../model';
import type { DocumentSlice, EditorState } from '../editorState';
import { positionsFollowing, positionsPatched } from '../layoutMoves';
import { historyCommit } from './history';

export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (set) => ({
  doc: EMPTY_DOC,
  dispatch: (edit, placed = {}) => {
    set((s) => {
      const doc = applyEdit(s.doc, edit);
      const followed = doc === s.doc ? s.positions : positionsFollowing(s.positions, edit);
      return historyCommit(s, doc, positionsPatched(followed, placed));
    });
  },
  replaceDoc: (doc, positions = {}) => {
    set((s) => historyCommit(s, doc, positionsPatched(s.positions, positions)));
  },
});
