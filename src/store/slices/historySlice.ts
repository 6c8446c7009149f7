import type { StateCreator } from 'zustand';
import type { EditorState, HistorySlice } from '../editorState';
import { historyRedo, historyUndo } from './history';

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set) => ({
  past: [],
  future: [],
  undo: () => {
    set((s) => historyUndo(s));
  },
  redo: () => {
    set((s) => historyRedo(s));
  },
});
