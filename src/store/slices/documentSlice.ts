import type { StateCreator } from 'zustand';
import { applyEdit } from '../../engine';
import { EMPTY_DOC } from '../../model';
import type { DocumentSlice, EditorState } from '../editorState';
import { historyCommit } from './history';

export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (set) => ({
  doc: EMPTY_DOC,
  dispatch: (edit) => {
    set((s) => historyCommit(s, applyEdit(s.doc, edit)));
  },
  replaceDoc: (doc) => {
    set((s) => historyCommit(s, doc));
  },
});
