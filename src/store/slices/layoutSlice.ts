import type { StateCreator } from 'zustand';
import type { EditorState, LayoutSlice } from '../editorState';
import { positionsPatched } from '../layoutMoves';
import { historyArrange } from './history';

export const createLayoutSlice: StateCreator<EditorState, [], [], LayoutSlice> = (set) => ({
  positions: {},
  setPositions: (moved) => {
    if (Object.keys(moved).length === 0) return;
    set((s) => ({ positions: { ...s.positions, ...moved } }));
  },
  arrange: (placed) => {
    set((s) => historyArrange(s, positionsPatched(s.positions, placed)));
  },
});
