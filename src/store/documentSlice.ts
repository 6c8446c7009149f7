import type { StateCreator } from 'zustand';
import { EMPTY_DOC } from '../model';
import type { DocumentSlice, EditorState } from './editorState';
import { historyCommit } from './history';

export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (set) => ({
  doc: EMPTY_DOC,
  replaceDoc: (doc) => {
    set((s) => historyCommit(s, doc));
  },
});
