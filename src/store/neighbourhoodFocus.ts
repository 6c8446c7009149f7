/**
 * Focus mode as the user drives it (the Inspector's Focus button, the F key):
 * focus on the selected workload's neighbourhood and bring it into view, or
 * leave focus when it is already on. On a collapsed design the focus opens the
 * namespaces its neighbours wait in while their cards stay within a budget
 * (`namespacesWithinBudget`); the note offers to open the rest. The group outside the cluster,
 * collapsed, opens whenever a neighbour waits in it (`outsideToOpen`).
 */
import type { EditorState } from './editorState';
import { OUTSIDE_GROUP_ID, collapsedBoxIdOf, namespaceBoxOf, nodeRefParse } from './ids';
import { selectNeighbourhood } from './derived/neighbourhood';
import type { Neighbourhood } from './derived/neighbourhood';
import { selectViewDoc } from './derived/viewDoc';
import { selectVirtualEnds } from './derived/selectors';
import { collapsedWith, neighboursPerCollapsed } from './collapse/collapsedNamespaces';
import {
  FOCUS_OPEN_CARDS,
  namespacesWithinBudget,
  neighbourSpreadOf,
  outsideToOpen,
} from './collapse/focusOpening';

/** The selected workload's node id, if a workload is selected. */
function selectedWorkload(state: EditorState): string | null {
  const { selection } = state;
  if (selection?.kind !== 'node') return null;
  return nodeRefParse(selection.id)?.kind === 'workload' ? selection.id : null;
}

/** How many cards each namespace draws open. */
export function cardsPerNamespace(state: EditorState): ReadonlyMap<string, number> {
  const cards = new Map<string, number>();
  for (const w of selectViewDoc(state).workloads) {
    cards.set(w.namespace, (cards.get(w.namespace) ?? 0) + 1);
  }
  return cards;
}

/** How many cards the group outside the cluster draws open: its IP blocks and endpoints. */
function outsideCards(state: EditorState): number {
  const ipBlocks = selectVirtualEnds(state).filter((e) => e.kind === 'ipBlock').length;
  return ipBlocks + selectViewDoc(state).externals.length;
}

/** The nodes of `hood` outside the collapsed boxes `left`: what the camera frames. */
function framedOf(hood: Neighbourhood, left: readonly string[]): string[] {
  const closed = new Set<string>(left.map(collapsedBoxIdOf));
  return [...hood.nodes].filter((id) => !closed.has(id) && !closed.has(namespaceBoxOf(id) ?? ''));
}

/** Focuses on `id` (the selected workload when not given), or leaves focus if it is focused. */
export function toggleNeighbourhood(state: EditorState, id = selectedWorkload(state)): void {
  if (id === null) return;
  if (state.neighbourhood === id) {
    state.focusNeighbourhood(null);
    return;
  }
  const hood = selectNeighbourhood({ ...state, neighbourhood: id });
  if (hood === null) {
    state.focusNeighbourhood(id);
    return;
  }
  // What the current focus opened closes again unless this one keeps it.
  const collapsed = collapsedWith(state.collapsed, state.neighbourhoodOpened, true);
  const cards = cardsPerNamespace(state);
  const own = nodeRefParse(id);
  const ownNamespace = own?.kind === 'workload' ? own.namespace : null;
  const candidates = [...neighboursPerCollapsed(hood.nodes, collapsed)]
    .filter(([name]) => name !== ownNamespace)
    .map(([name, neighbours]) => ({ name, neighbours, cards: cards.get(name) ?? 0 }));
  const outside = outsideToOpen(hood.nodes, collapsed);
  const budget = FOCUS_OPEN_CARDS - (outside ? outsideCards(state) : 0);
  const { open, left } = namespacesWithinBudget(candidates, Math.max(0, budget));
  const mine = ownNamespace !== null && collapsed.includes(ownNamespace) ? [ownNamespace] : [];
  state.focusNeighbourhood(
    id,
    [...mine, ...(outside ? [OUTSIDE_GROUP_ID] : []), ...open],
    framedOf(hood, left),
  );
}

/**
 * Frames the focused neighbourhood again, as the focus did (what the collapsed boxes leave
 * out stays out): for a canvas that changed size under a focus (into or out of presentation).
 * False when nothing is focused.
 */
export function frameNeighbourhood(state: EditorState): boolean {
  const hood = selectNeighbourhood(state);
  if (hood === null) return false;
  state.requestFocus(framedOf(hood, state.collapsed), { whole: true });
  return true;
}

/** Opens every collapsed namespace the focused workload's neighbours wait in, and frames them all. */
export function openNeighbourhood(state: EditorState): void {
  const hood = selectNeighbourhood(state);
  if (hood === null) return;
  const { boxes } = neighbourSpreadOf(hood.id, hood.nodes, state.collapsed);
  state.focusNeighbourhood(hood.id, [...state.neighbourhoodOpened, ...boxes], [...hood.nodes]);
}
