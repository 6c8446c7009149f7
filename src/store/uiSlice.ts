import type { StateCreator } from 'zustand';
import type { EditorState, UiSlice } from './editorState';

export const createUiSlice: StateCreator<EditorState, [], [], UiSlice> = (set) => ({
  selection: null,
  panel: 'inspector',
  view: 'canvas',
  dialog: null,
  flowDraft: null,
  fitRequest: 0,
  notice: null,
  select: (selection) => {
    set({ selection });
  },
  openPanel: (panel) => {
    set({ panel });
  },
  showView: (view) => {
    set({ view });
  },
  openDialog: (dialog) => {
    set(dialog === 'flow' ? { dialog } : { dialog, flowDraft: null });
  },
  draftFlow: (flowDraft) => {
    set({ dialog: 'flow', flowDraft });
  },
  notify: (notice) => {
    set({ notice });
  },
  requestFit: () => {
    set((s) => ({ fitRequest: s.fitRequest + 1 }));
  },
});
