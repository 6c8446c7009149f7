/**
 * What the user sees stays where it is: a node without a stored place is drawn where the canvas
 * puts it, worked out from the whole design (`drawnPlaces.ts`); an edit would place it again (a
 * deleted card's neighbours close up, a box further down jumps into the first row). So before
 * an edit or a hand move, every node drawn without a place gets the one it is drawn at; only a
 * node that has never been drawn (added by the edit, or inside a collapsed namespace) is placed
 * afresh, and a box the edit makes larger pushes what it would cover out of its way
 * (`roomMade.ts`). While an automatic layout is on its way nothing is kept: its nodes are not
 * drawn yet.
 */
import type { Doc } from '../../model';
import type { EditorState, Positions } from '../editorState';
import { OUTSIDE_GROUP_ID, nodeIdOf, nodeIdOfEnd } from '../ids';
import { selectVirtualEnds } from '../derived/selectors';
import { selectViewDoc } from '../derived/viewDoc';
import { positionsPatched } from '../layoutMoves';
import { roomMade } from '../roomMade';
import { selectLayoutPending } from './layoutPending';

/**
 * Whether a node of `s` the canvas draws has no stored place: a namespace's box (open or
 * collapsed), a workload of an open namespace, an endpoint, the end of a broad rule.
 */
export function hasUnplaced(s: EditorState): boolean {
  const { positions } = s;
  const closed = new Set(s.collapsed);
  const doc = selectViewDoc(s);
  const unplaced = (id: string) => positions[id] === undefined;
  return (
    // The group outside the cluster has no place of its own: its cards have.
    doc.namespaces.some(({ name }) => unplaced(nodeIdOf({ kind: 'namespace', name }))) ||
    s.collapsed.some(
      (name) => name !== OUTSIDE_GROUP_ID && unplaced(nodeIdOf({ kind: 'namespace', name })),
    ) ||
    doc.workloads.some(
      ({ namespace, name }) =>
        !closed.has(namespace) && unplaced(nodeIdOf({ kind: 'workload', namespace, name })),
    ) ||
    doc.externals.some(({ name }) => unplaced(nodeIdOf({ kind: 'external', name }))) ||
    selectVirtualEnds(s).some((end) => unplaced(nodeIdOfEnd(end)))
  );
}

/**
 * `s.positions` with the place every node without one is drawn at (`s.placesDrawn`, given by
 * the page); the same object when there is none to keep.
 */
export function positionsKept(s: EditorState): Positions {
  if (s.placesDrawn === null || selectLayoutPending(s) || !hasUnplaced(s)) return s.positions;
  const kept: [string, { x: number; y: number }][] = [];
  for (const [id, { x, y }] of Object.entries(s.placesDrawn(s))) {
    if (s.positions[id] === undefined) kept.push([id, { x, y }]);
  }
  return kept.length === 0 ? s.positions : { ...s.positions, ...Object.fromEntries(kept) };
}

/**
 * `positions` of `doc` (after an edit of `s`, whose places were `kept`) with room made for the
 * boxes the edit made larger.
 */
export function positionsWithRoom(
  s: EditorState,
  kept: Positions,
  doc: Doc,
  positions: Positions,
): Positions {
  if (s.placesDrawn === null || selectLayoutPending(s)) return positions;
  // Only a card or a box added, taken away or changed can make a box larger (a policy's edit
  // does only when it changes the workloads inferred from the policies).
  const was = selectViewDoc(s);
  const now = selectViewDoc({ ...s, doc });
  const unchanged =
    was.workloads === now.workloads &&
    was.namespaces === now.namespaces &&
    was.externals === now.externals;
  if (unchanged) return positions;
  const before = s.placesDrawn({ ...s, positions: kept });
  const after = s.placesDrawn({ ...s, doc, positions });
  return positionsPatched(positions, roomMade(before, after));
}
