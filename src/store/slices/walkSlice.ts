/**
 * The connection being walked on the canvas ("walk a connection"): which
 * one, and at which stop the packet is. Only the request and the stop are
 * state; the verdict, its explanation and the stops are derived
 * (`walkSelectors.ts`), so an edit during a walk shows at once.
 */
import type { StateCreator } from 'zustand';
import type { EditorState, WalkSlice } from '../editorState';

export const createWalkSlice: StateCreator<EditorState, [], [], WalkSlice> = (set) => ({
  walk: null,
  walkStop: 0,
  walkRun: 0,
  shownFinding: null,
  startWalk: (walk) => {
    set((s) => ({ walk, walkStop: 0, walkRun: s.walkRun + 1 }));
  },
  setWalkStop: (walkStop) => {
    set({ walkStop: Math.max(0, walkStop) });
  },
  replayWalk: () => {
    set((s) => ({ walkStop: 0, walkRun: s.walkRun + 1 }));
  },
  endWalk: () => {
    set({ walk: null, walkStop: 0 });
  },
  showFinding: (shownFinding) => {
    set({ shownFinding });
  },
});
