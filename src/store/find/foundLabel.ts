/**
 * Find by a label: the workloads carrying it marked on the canvas (the rest dimmed by the focus's
 * veil), a note in the status line, and the camera on them. On a collapsed design the namespaces
 * holding matches open, most matches first, while their cards stay within the focus's budget
 * (`namespacesWithinBudget`): opening all fifty of a 1,000-workload design is Expand all, seconds
 * of drawing and a camera too far out to read a name. The others stay collapsed, lit, and the
 * note says how many matches wait in them; a click on such a box opens it.
 */
import { plural } from '../../engine';
import type { EditorState } from '../editorState';
import { collapsedBoxIdOf, nodeRefParse } from '../ids';
import type { NodeId } from '../ids';
import type { FoundLabel } from './foundLabelState';
import type { Neighbourhood } from '../derived/neighbourhood';
import { litHoodOf } from '../derived/neighbourhood';
import { neighboursPerCollapsed } from '../collapse/collapsedNamespaces';
import { FOCUS_OPEN_CARDS, namespacesWithinBudget } from '../collapse/focusOpening';
import type { FocusOpening } from '../collapse/focusOpening';
import { cardsPerNamespace } from '../neighbourhoodFocus';
import { selectPeersInBox } from '../derived/policyPeers';

/** Which collapsed namespaces holding `ids` open (within the budget), and which stay collapsed. */
export function labelOpening(state: EditorState, ids: readonly string[]): FocusOpening {
  const cards = cardsPerNamespace(state);
  const candidates = [...neighboursPerCollapsed(ids, state.collapsed)].map(
    ([name, neighbours]) => ({ name, neighbours, cards: cards.get(name) ?? 0 }),
  );
  return namespacesWithinBudget(candidates, FOCUS_OPEN_CARDS);
}

function namespaceOf(id: string): string | null {
  const ref = nodeRefParse(id);
  return ref?.kind === 'workload' ? ref.namespace : null;
}

/**
 * "35 workloads with tier=cache in 8 namespaces — Esc to clear", and when some stay collapsed,
 * how many of them wait there (`left`: the collapsed namespaces); `inView`: how many of those
 * drawn the camera holds, when not all (`foundFramed`).
 */
export function foundNoteText(
  found: Pick<FoundLabel, 'label' | 'ids'>,
  left: readonly string[],
  inView: { readonly shown: number; readonly of: number } | null = null,
): string {
  const namespaces = new Set(found.ids.map(namespaceOf).filter((n) => n !== null));
  const closed = new Set(left);
  const kept = new Set(found.ids.map(namespaceOf).filter((n) => n !== null && closed.has(n)));
  const waiting = found.ids.filter((id) => closed.has(namespaceOf(id) ?? '')).length;
  const wait =
    waiting === 0
      ? ''
      : `; ${String(waiting)} of them wait in ${plural(kept.size, 'collapsed namespace')} (Expand one to see them)`;
  const seen =
    inView === null
      ? ''
      : `; ${String(inView.shown)} of the ${String(inView.of)} drawn in view (pan for the others)`;
  return `${plural(found.ids.length, 'workload')} with ${found.label} in ${plural(namespaces.size, 'namespace')}${wait}${seen} — Esc to clear`;
}

/**
 * Shows the workloads found by `label`: marks them, opens the namespaces they fit in, frames
 * them (and the boxes of the others), and says so in the status line.
 */
export function showFoundLabel(
  get: () => EditorState,
  label: string,
  ids: readonly NodeId[],
): void {
  const state = get();
  if (state.neighbourhood !== null) state.focusNeighbourhood(null);
  state.select(null);
  const { open, left } = labelOpening(get(), ids);
  if (open.length > 0) get().collapseStep(open, false);
  const found = { label, ids, note: foundNoteText({ label, ids }, left) };
  const closed = new Set(left);
  const framed = [
    ...ids.filter((id) => !closed.has(namespaceOf(id) ?? '')),
    ...left.map(collapsedBoxIdOf),
  ];
  const now = get();
  now.setFound(found);
  now.notify({ tone: 'info', text: found.note, doc: now.doc, ofCanvas: true });
  if (now.view !== 'canvas') now.showView('canvas');
  // Framed once drawn where they stay, all of them when they fit where names read, else those
  // around their middle that fit (`found`): framed all as far out as it took, 0.256 on a
  // 200-workload design, the boxes' print was 5 px.
  now.requestFocus(framed, { found: true });
}

/**
 * The camera framed `shown` of the `of` workloads found (the others lie beyond the view's
 * edges): the status line says so, with the rest of the found note.
 */
export function foundFramed(get: () => EditorState, shown: number, of: number): void {
  const state = get();
  const { found } = state;
  if (found === null) return;
  const note = foundNoteText(found, state.collapsed, shown < of ? { shown, of } : null);
  if (note === found.note) return;
  const wasShown = state.notice?.text === found.note;
  state.setFound({ ...found, note });
  if (wasShown) state.notify({ tone: 'info', text: note, doc: state.doc, ofCanvas: true });
}

/** Clears what Find marked by a label, and its note. */
export function clearFound(state: EditorState): void {
  if (state.found === null) return;
  state.setFound(null);
  if (state.notice?.text === state.found.note) state.notify(null);
}

/** How many found workloads each namespace holds, worked out once per label found. */
const perNamespace = new WeakMap<FoundLabel, ReadonlyMap<string, number>>();

function foundPerNamespace(found: FoundLabel): ReadonlyMap<string, number> {
  let counts = perNamespace.get(found);
  if (counts === undefined) {
    const counted = new Map<string, number>();
    for (const name of found.ids.map(namespaceOf)) {
      if (name !== null) counted.set(name, (counted.get(name) ?? 0) + 1);
    }
    counts = counted;
    perNamespace.set(found, counts);
  }
  return counts;
}

/**
 * What a collapsed namespace's box says of the marked workloads it holds (a closed box hides
 * their cards): those found by a label, "7 with tier=cache"; else the picked policy's peers,
 * "4 peers of policy-58" (`selectPeersInBox`); null when it holds none, nothing is marked, or a
 * focus lights its own.
 */
export function selectFoundInBox(state: EditorState, namespace: string): string | null {
  const { found } = state;
  if (state.neighbourhood !== null) return null;
  if (found === null) return selectPeersInBox(state, namespace);
  const count = foundPerNamespace(found).get(namespace) ?? 0;
  return count === 0 ? null : `${String(count)} with ${found.label}`;
}

let last: { found: FoundLabel; hood: Neighbourhood } | null = null;

/**
 * What the canvas lights for the found workloads, in the focus's terms: the workloads, no line
 * (so no node of its own: `id` names none), and so, through `litNodeIds`, the collapsed boxes
 * holding some of them. null when nothing is found, or while a focus lights its own.
 */
export function selectFoundHood(state: EditorState): Neighbourhood | null {
  const { found } = state;
  if (found === null || state.neighbourhood !== null) return null;
  if (last?.found === found) return last.hood;
  const hood = litHoodOf(found.ids, []);
  last = { found, hood };
  return hood;
}
