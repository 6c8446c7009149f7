/**
 * Results of the derivation worker (`store/worker/deriveClient.ts`). Not the
 * truth: a cache of what the document implies, kept so that the page shows
 * the last lines and tables until the worker has derived the newer ones.
 */
import type { StateCreator } from 'zustand';
import type { DerivedSlice, EditorState } from '../editorState';

export const createDerivedSlice: StateCreator<EditorState, [], [], DerivedSlice> = (set) => ({
  derived: null,
  setDerived: (derived) => {
    set({ derived });
  },
});
