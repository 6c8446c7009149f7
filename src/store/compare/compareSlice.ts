import type { StateCreator } from 'zustand';
import type { EditorState } from '../editorState';
import type { CompareSlice } from './compareState';

export const createCompareSlice: StateCreator<EditorState, [], [], CompareSlice> = (set, get) => ({
  comparing: null,
  savedCopy: null,
  compareWith: (comparing) => {
    set({ comparing, panel: 'compare', view: 'canvas' });
  },
  closeComparison: () => {
    const { panel, selection } = get();
    set({
      comparing: null,
      // A line only the comparison drew may be selected: the canvas no longer has it.
      selection: selection?.kind === 'flow' ? null : selection,
      panel: panel === 'compare' ? 'inspector' : panel,
    });
  },
  keepSavedCopy: (how) => {
    set({ savedCopy: { doc: get().doc, how, at: Date.now() } });
  },
});
