/**
 * The connection being walked on the canvas ("walk a connection"): which
 * one, and at which stop the packet is. Only the request and the stop are
 * state; the verdict, its explanation and the stops are derived
 * (`walkSelectors.ts`), so an edit during a walk shows at once.
 */
import type { StateCreator } from 'zustand';
import type { EditorState, WalkSlice } from '../editorState';
import { collapsedHolding } from '../collapse/collapsedNamespaces';

export const createWalkSlice: StateCreator<EditorState, [], [], WalkSlice> = (set, get) => ({
  walk: null,
  walkStop: 0,
  walkRun: 0,
  shownFinding: null,
  startWalk: (walk) => {
    set((s) => ({ walk, walkStop: 0, walkRun: s.walkRun + 1 }));
    // An end inside a collapsed box is not drawn: the camera goes as Show's does, opening the
    // boxes and framing both ends once their cards are drawn (the walk layer frames drawn ends).
    const ends = [walk.from, walk.to];
    if (collapsedHolding(get().collapsed, ends).length > 0)
      get().requestFocus(ends, { pair: true });
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
