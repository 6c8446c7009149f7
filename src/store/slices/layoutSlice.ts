import type { StateCreator } from 'zustand';
import type { EditorState, LayoutSlice } from '../editorState';
import { positionsMoved, positionsWithout } from '../layoutMoves';

export const createLayoutSlice: StateCreator<EditorState, [], [], LayoutSlice> = (set) => ({
  positions: {},
  setPositions: (moved) => {
    if (Object.keys(moved).length === 0) return;
    set((s) => ({ positions: { ...s.positions, ...moved } }));
  },
  moveLayout: (fromId, toId) => {
    set((s) => ({ positions: positionsMoved(s.positions, fromId, toId) }));
  },
  forgetPositions: (ids) => {
    set((s) => ({ positions: positionsWithout(s.positions, ids) }));
  },
});
