/**
 * Which collapsed namespaces a focus on a workload opens. A busy workload of a large
 * collapsed design has neighbours in nearly every namespace (a cache reaching 261 of 600
 * workloads in 28 of 30 namespaces): opening them all is Expand all, seconds of drawing, and a
 * camera so far out that no name reads. A focus opens the namespaces with most neighbours
 * first, while the cards they bring stay within a budget; the others stay collapsed, lit, their
 * summary lines counting the connections, and the focus note offers to open them.
 */
import { OUTSIDE_GROUP_ID, isOutsideCardId, nodeRefParse } from '../ids';
import { neighboursPerCollapsed } from './collapsedNamespaces';

/** How many cards the namespaces a focus opens may bring: about what a fitted view shows readably. */
export const FOCUS_OPEN_CARDS = 120;

/** A collapsed namespace holding neighbours of the focused workload. */
export interface NamespaceNeighbours {
  readonly name: string;
  /** How many of its workloads are neighbours. */
  readonly neighbours: number;
  /** How many cards opening it draws (all its workloads). */
  readonly cards: number;
}

/** What a focus opens, and the collapsed namespaces that still hold neighbours. */
export interface FocusOpening {
  readonly open: readonly string[];
  readonly left: readonly string[];
}

/** Most neighbours first; of as many, the smaller namespace, then by name. */
function byNeighbours(a: NamespaceNeighbours, b: NamespaceNeighbours): number {
  return b.neighbours - a.neighbours || a.cards - b.cards || a.name.localeCompare(b.name);
}

/**
 * The namespaces to open, most neighbours first, while their cards fit in `budget`; a
 * namespace too large for what is left is passed over for smaller ones. All of them when they
 * fit: a small neighbourhood opens whole.
 */
export function namespacesWithinBudget(
  namespaces: readonly NamespaceNeighbours[],
  budget = FOCUS_OPEN_CARDS,
): FocusOpening {
  const open: string[] = [];
  const left: string[] = [];
  let cards = 0;
  for (const ns of [...namespaces].sort(byNeighbours)) {
    if (cards + ns.cards <= budget) {
      open.push(ns.name);
      cards += ns.cards;
    } else left.push(ns.name);
  }
  return { open, left };
}

/**
 * Whether a focus on a neighbourhood of `nodes` opens the group outside the cluster, collapsed in
 * `collapsed`: whenever an IP block or endpoint of it is a neighbour. What a user asks of such a
 * neighbour is its range, which only its card says (the box counts connections); the group holds
 * few cards (a dump's 36), already placed, so it opens at once. Its cards count in the budget.
 */
export function outsideToOpen(nodes: Iterable<string>, collapsed: readonly string[]): boolean {
  if (!collapsed.includes(OUTSIDE_GROUP_ID)) return false;
  for (const id of nodes) if (isOutsideCardId(id)) return true;
  return false;
}

/** Where a focused workload's neighbours are: drawn as cards, or waiting in collapsed boxes. */
export interface NeighbourSpread {
  /** The workloads at the other end of its lines. */
  readonly workloads: number;
  /** Of those, the ones in collapsed namespaces. */
  readonly waiting: number;
  /** The collapsed namespaces they wait in, by name. */
  readonly boxes: readonly string[];
}

/** Where the neighbours of `id` (`nodes`, its neighbourhood's nodes) are, with `collapsed`. */
export function neighbourSpreadOf(
  id: string,
  nodes: Iterable<string>,
  collapsed: readonly string[],
): NeighbourSpread {
  const peers = [...nodes].filter((n) => n !== id && nodeRefParse(n)?.kind === 'workload');
  const per = neighboursPerCollapsed(peers, collapsed);
  let waiting = 0;
  for (const count of per.values()) waiting += count;
  return { workloads: peers.length, waiting, boxes: [...per.keys()].sort() };
}
