/**
 * Undo and redo: an undo step restores what the user saw. Each entry holds
 * the document to go back to (documents share structure, so a snapshot costs
 * only what changed), the positions the step changed, as they were, what was
 * selected, and whether that design still waited for the layout to place its
 * nodes. A drag by hand is a step of its own (its live moves are not); so is
 * a box the user opens or closes (a view step: its entry holds the collapsed
 * namespaces and every place, as the layout it asks for may move any box), and
 * a design replaced whole keeps the collapsed namespaces it had; lesson steps
 * are not recorded (`lessonSlice.ts` sets the history aside).
 */
import type { Doc } from '../../model';
import type { HistoryEntry, LayoutPatch, Positions, Selection } from '../editorState';
import { positionsPatch, positionsPatched } from '../layoutMoves';
import { awaitsPlaces } from './layoutPending';
import type { LayoutAsked } from './layoutPending';

export const HISTORY_LIMIT = 200;

export interface HistoryState extends LayoutAsked {
  readonly doc: Doc;
  readonly positions: Positions;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** What is selected (absent: the history does not restore a selection). */
  readonly selection?: Selection;
  /** The namespaces drawn collapsed (absent: the history does not restore them). */
  readonly collapsed?: readonly string[];
}

/**
 * The entry that brings back the design of `state`, with `layout`, what the step did and what
 * was selected; with `view`, the namespaces collapsed too.
 */
function entryOf(
  state: HistoryState,
  layout: LayoutPatch,
  what?: string,
  view = false,
): HistoryEntry {
  const { selection, collapsed } = state;
  return {
    doc: state.doc,
    layout,
    ...(what === undefined ? {} : { what }),
    ...(awaitsPlaces(state) ? { placing: true } : {}),
    ...(selection === undefined || selection === null ? {} : { selection }),
    ...(view && collapsed !== undefined ? { collapsed } : {}),
  };
}

/**
 * `doc` and `positions` become current; what they replace goes on the undo
 * stack, with `what` the step did; redo is cleared. When the document stays
 * the same object, the positions change without an undo step (like a drag's
 * live moves: its drop is a step, `historyMoved`). `view`: the design is
 * replaced whole (a file opened), and its undo brings back the namespaces that
 * were collapsed.
 */
export function historyCommit(
  state: HistoryState,
  doc: Doc,
  positions: Positions = state.positions,
  what?: string,
  view = false,
): HistoryState {
  if (doc === state.doc) return positions === state.positions ? state : { ...state, positions };
  const entry = entryOf(state, positionsPatch(positions, state.positions), what, view);
  const past = [...state.past, entry];
  return { doc, positions, past: past.slice(-HISTORY_LIMIT), future: [] };
}

/**
 * `positions` become current as one undo step, the document unchanged (a
 * layout the user asked for, `what`); nothing is recorded when no position changes.
 */
export function historyArrange(
  state: HistoryState,
  positions: Positions,
  what?: string,
): HistoryState {
  const layout = positionsPatch(positions, state.positions);
  if (Object.keys(layout).length === 0) return state;
  const past = [...state.past, entryOf(state, layout, what)];
  return { ...state, positions, past: past.slice(-HISTORY_LIMIT), future: [] };
}

/**
 * A view step (`what`: boxes opened or closed) as one undo step, recorded before it is taken:
 * the namespaces collapsed now and every place now, which the layout it asks for may change.
 */
export function historyView(state: HistoryState, what: string): HistoryState {
  const past = [...state.past, entryOf(state, state.positions, what, true)];
  return { ...state, past: past.slice(-HISTORY_LIMIT), future: [] };
}

/**
 * Nodes moved by hand, as one undo step: `before` says where each was when the drag began (null:
 * it had no place). Nothing is recorded when none ends elsewhere.
 */
export function historyMoved(state: HistoryState, before: LayoutPatch): HistoryState {
  const layout = positionsPatch(state.positions, positionsPatched(state.positions, before));
  if (Object.keys(layout).length === 0) return state;
  const past = [...state.past, entryOf(state, layout)];
  return { ...state, past: past.slice(-HISTORY_LIMIT), future: [] };
}

/**
 * `entry` applied to `state`: its design, places, selection and (a view step's, a design
 * replaced whole) collapsed namespaces, and the entry that takes it back.
 */
function restored(state: HistoryState, entry: HistoryEntry) {
  const positions = positionsPatched(state.positions, entry.layout);
  const back = Object.fromEntries(
    Object.keys(entry.layout).map((id) => [id, state.positions[id] ?? null]),
  );
  const selection = state.selection === undefined ? {} : { selection: entry.selection ?? null };
  const view = entry.collapsed !== undefined && state.collapsed !== undefined;
  const collapsed = view ? { collapsed: entry.collapsed } : {};
  const inverse = entryOf(state, back, entry.what, view);
  return { doc: entry.doc, positions, ...selection, ...collapsed, inverse };
}

export function historyUndo(state: HistoryState): HistoryState {
  const entry = state.past[state.past.length - 1];
  if (entry === undefined) return state;
  const { inverse, ...back } = restored(state, entry);
  return { ...back, past: state.past.slice(0, -1), future: [...state.future, inverse] };
}

export function historyRedo(state: HistoryState): HistoryState {
  const entry = state.future[state.future.length - 1];
  if (entry === undefined) return state;
  const { inverse, ...back } = restored(state, entry);
  return { ...back, past: [...state.past, inverse], future: state.future.slice(0, -1) };
}
