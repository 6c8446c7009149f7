import type { StateCreator } from 'zustand';
import type { EditorState, UiSlice } from './editorState';

export const createUiSlice: StateCreator<EditorState, [], [], UiSlice> = (set) => ({
  selection: null,
  panel: 'inspector',
  dialog: null,
  select: (selection) => {
    set({ selection });
  },
  openPanel: (panel) => {
    set({ panel });
  },
  openDialog: (dialog) => {
    set({ dialog });
  },
});
