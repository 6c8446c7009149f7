/**
 * What Expand all and Collapse all act on, and what their note counts: every box that collapses,
 * the namespaces and the group outside the cluster (`collapsibleNames`). A design with that group
 * counts it with its namespaces, and names the unit: "101 of 101 boxes collapsed" on a dump of
 * 100 namespaces, never "100 of 100 collapsed" beside a group that Expand all opens too.
 */

/** The group outside the cluster: none (no IP block or endpoint), open, or collapsed. */
export type OutsideState = 'none' | 'open' | 'collapsed';

export interface CollapseCount {
  /** The note ("12 of 12 boxes collapsed"), or null when no box is collapsed. */
  readonly note: string | null;
  /** What the note counts, said on hover. */
  readonly counted: string;
  /** Whether Expand all has a box to open, and Collapse all one to close. */
  readonly canExpand: boolean;
  readonly canCollapse: boolean;
}

/** The count of a design of `namespaces` namespaces, `collapsed` of them collapsed. */
export function collapseCountOf(
  namespaces: number,
  collapsed: number,
  outside: OutsideState,
): CollapseCount {
  const group = outside === 'none' ? 0 : 1;
  const total = namespaces + group;
  const closed = collapsed + (outside === 'collapsed' ? 1 : 0);
  const unit = group === 0 ? '' : ' boxes';
  const note = closed === 0 ? null : `${String(closed)} of ${String(total)}${unit} collapsed`;
  const counted =
    group === 0
      ? 'Namespaces'
      : `${String(namespaces)} ${namespaces === 1 ? 'namespace' : 'namespaces'} and the group outside the cluster`;
  return { note, counted, canExpand: closed > 0, canCollapse: closed < total };
}
