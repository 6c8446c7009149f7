import type { StateCreator } from 'zustand';
import type { EditorState, LayoutSlice } from '../editorState';
import { positionsPatched } from '../layoutMoves';
import { historyArrange, historyMoved, historyView } from './history';
import { collapsedWith } from '../collapse/collapsedNamespaces';
import { positionsKept } from './placesKept';
import { boxesStepText } from './boxesStep';
import { awaitsPlaces } from './layoutPending';

/** `names` collapsed (or expanded) in `s`; expanding asks for the layout that makes room. */
function collapsedChange(
  s: EditorState,
  names: readonly string[],
  collapse: boolean,
): Partial<EditorState> {
  const collapsed = collapsedWith(s.collapsed, names, collapse);
  if (collapsed === s.collapsed) return {};
  const id = (s.layoutRequest?.id ?? 0) + 1;
  if (collapse) {
    const opening = collapsedWith(s.opening, names, false);
    // Closed again before its layout answered: that layout, made with it open, is asked
    // again without it (else its neighbours make room for nothing).
    const pending = s.layoutRequest !== null && opening !== s.opening;
    return pending
      ? { collapsed, opening, layoutRequest: { ...s.layoutRequest, id } }
      : { collapsed, opening };
  }
  const opened = names.filter((name) => s.collapsed.includes(name));
  // A design just opened still waits for its first places (Find right after Open file): the
  // box opens in that layout, asked again, its cards placed with the rest, and nothing is drawn
  // before it answers. Asked to make room instead, the canvas drew every box where it stood
  // before any layout, at the camera's first place, for the seconds the layout took.
  const first = awaitsPlaces(s) && Object.keys(s.positions).length === 0;
  return {
    collapsed,
    opening: collapsedWith(s.opening, opened, true),
    layoutRequest: { id, scope: first ? 'unplaced' : 'room' },
  };
}

export const createLayoutSlice: StateCreator<EditorState, [], [], LayoutSlice> = (set, get) => ({
  positions: {},
  placesDrawn: null,
  setPositions: (moved) => {
    if (Object.keys(moved).length === 0) return;
    // The nodes placed where the canvas put them stay there: a box moved off its row leaves
    // the others where they were.
    set((s) => ({ positions: positionsPatched(positionsKept(s), moved) }));
  },
  moved: (before, after = {}) => {
    set((s) => {
      // Where the drop put them, written with its undo step in one update (`positionsKept`: as
      // `setPositions`); a drag's moves are the canvas's view state until then.
      const moved =
        Object.keys(after).length === 0
          ? s
          : { ...s, positions: positionsPatched(positionsKept(s), after) };
      return historyMoved(moved, before);
    });
  },
  arrange: (placed) => {
    const before = get();
    set((s) => historyArrange(s, positionsPatched(s.positions, placed), 'Re-laid out the design'));
    // Nothing moved: no undo step, and the user is told why the canvas looks the same.
    if (get().past === before.past) {
      get().notify({
        tone: 'info',
        text: 'Re-layout: every box and card is already where the automatic layout puts it.',
      });
    }
  },
  collapsed: [],
  opening: [],
  setCollapsed: (names, collapse) => {
    set((s) => collapsedChange(s, names, collapse));
  },
  collapseStep: (names, collapse, what = boxesStepText(names, collapse)) => {
    set((s) => {
      const change = collapsedChange(s, names, collapse);
      if (change.collapsed === undefined) return s;
      // Every box and card keeps the place it is drawn at: undo puts them back there.
      return { ...historyView({ ...s, positions: positionsKept(s) }, what), ...change };
    });
  },
  resetCollapsed: (names) => {
    set({ collapsed: [...names].sort(), opening: [] });
  },
  layoutRequest: null,
  layoutDone: 0,
  requestLayout: (scope) => {
    set((s) => ({ layoutRequest: { id: (s.layoutRequest?.id ?? 0) + 1, scope } }));
  },
  finishLayout: (id, placed = {}) => {
    set((s) => {
      const layoutDone = Math.max(s.layoutDone, id);
      const positions = positionsPatched(s.positions, placed);
      // The namespaces opened meanwhile are drawn open once the latest request has answered.
      const answered = layoutDone >= (s.layoutRequest?.id ?? 0);
      return answered && s.opening.length > 0
        ? { layoutDone, positions, opening: [] }
        : { layoutDone, positions };
    });
  },
});
