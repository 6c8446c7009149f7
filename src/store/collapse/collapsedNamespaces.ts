/**
 * Which namespaces the canvas draws collapsed (one small box, its lines
 * summarised): view state, never the document and never an undo step. A
 * large design opens with every namespace collapsed, so that the first
 * picture is one an engineer can read; each opens on demand.
 */
import { withInferred } from '../../engine';
import type { Doc } from '../../model';
import { OUTSIDE_GROUP_ID, isOutsideCardId, nodeRefParse } from '../ids';

/** More workloads than this (inferred ones too), and a design opens with its namespaces collapsed. */
export const COLLAPSE_ON_OPEN_WORKLOADS = 60;

/** How many cards `doc` draws: its workloads and, for a folder of policies, those inferred. */
function cardCount(doc: Doc): number {
  // A large design needs no inferring to know it is large.
  if (doc.workloads.length > COLLAPSE_ON_OPEN_WORKLOADS) return doc.workloads.length;
  return withInferred(doc).workloads.length;
}

/**
 * The boxes to collapse when `doc` is opened: for a large design, every namespace and the group
 * outside the cluster (a dump's 36 IP blocks are one box, as a namespace's 40 workloads are);
 * else none.
 */
export function collapsedOnOpen(doc: Doc): readonly string[] {
  if (cardCount(doc) <= COLLAPSE_ON_OPEN_WORKLOADS) return [];
  return [...doc.namespaces.map((n) => n.name), OUTSIDE_GROUP_ID].sort();
}

/** Every box that collapses: the namespaces, and the group outside the cluster. */
export function collapsibleNames(doc: Doc): readonly string[] {
  return [...doc.namespaces.map((n) => n.name), OUTSIDE_GROUP_ID];
}

/** `current` with `names` collapsed (or expanded); `current` itself when nothing changes. */
export function collapsedWith(
  current: readonly string[],
  names: readonly string[],
  collapse: boolean,
): readonly string[] {
  const set = new Set(current);
  const before = set.size;
  for (const name of names) {
    if (collapse) set.add(name);
    else set.delete(name);
  }
  return set.size === before ? current : [...set].sort();
}

/** Per collapsed namespace holding some of `ids` (workload node ids): how many it holds. */
export function neighboursPerCollapsed(
  ids: Iterable<string>,
  collapsed: readonly string[],
): ReadonlyMap<string, number> {
  const closed = new Set(collapsed);
  const counts = new Map<string, number>();
  for (const id of ids) {
    const ref = nodeRefParse(id);
    if (ref?.kind !== 'workload' || !closed.has(ref.namespace)) continue;
    counts.set(ref.namespace, (counts.get(ref.namespace) ?? 0) + 1);
  }
  return counts;
}

/**
 * The collapsed boxes holding a node of `ids` (node ids): the namespaces of its workloads, in the
 * order first met, then the group outside the cluster for an IP block or endpoint.
 */
export function collapsedHolding(
  collapsed: readonly string[],
  ids: readonly string[],
): readonly string[] {
  if (collapsed.length === 0) return [];
  const namespaces = [...neighboursPerCollapsed(ids, collapsed).keys()];
  const outside = collapsed.includes(OUTSIDE_GROUP_ID) && ids.some(isOutsideCardId);
  return outside ? [...namespaces, OUTSIDE_GROUP_ID] : namespaces;
}

/** The last answer of `selectCollapsedDrawn` per list of collapsed namespaces. */
const drawn = new WeakMap<
  readonly string[],
  { readonly opening: readonly string[]; readonly names: readonly string[] }
>();

/**
 * The namespaces the canvas draws collapsed: those collapsed, and those
 * opening (expanded, their layout not answered yet). The same list while
 * neither changes, so that what is derived from it is not worked out again.
 */
export function selectCollapsedDrawn(s: {
  readonly collapsed: readonly string[];
  readonly opening: readonly string[];
}): readonly string[] {
  if (s.opening.length === 0) return s.collapsed;
  const last = drawn.get(s.collapsed);
  if (last?.opening === s.opening) return last.names;
  const names = collapsedWith(s.collapsed, s.opening, true);
  drawn.set(s.collapsed, { opening: s.opening, names });
  return names;
}

/** How many namespaces of the design are collapsed (a renamed or deleted one may linger in the list). */
export function selectCollapsedCount(s: {
  readonly doc: Doc;
  readonly collapsed: readonly string[];
}): number {
  if (s.collapsed.length === 0) return 0;
  const names = new Set(s.doc.namespaces.map((n) => n.name));
  return s.collapsed.filter((name) => names.has(name)).length;
}
