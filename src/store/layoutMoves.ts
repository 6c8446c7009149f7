/**
 * The layout follows renames: a node's position moves to its new id, and a
 * renamed namespace takes its workloads' positions along (their ids contain
 * the namespace). The old ids are forgotten, so a new node that later gets an
 * old name starts from the automatic layout, not from a stale place.
 * Layout patches are what an undo step puts back (`slices/history.ts`).
 */
import type { DocEdit } from '../engine';
import type { LayoutPatch, Position, Positions } from './editorState';
import { nodeIdOf, nodeRefParse } from './ids';

export function positionsMoved(positions: Positions, fromId: string, toId: string): Positions {
  if (fromId === toId) return positions;
  const from = nodeRefParse(fromId);
  const to = nodeRefParse(toId);
  const moved = (id: string): string | null => {
    const ref = nodeRefParse(id);
    if (from?.kind !== 'namespace' || to?.kind !== 'namespace') return null;
    if (ref?.kind !== 'workload' || ref.namespace !== from.name) return null;
    return nodeIdOf({ ...ref, namespace: to.name });
  };
  const next: Record<string, Position> = {};
  let changed = false;
  for (const [id, position] of Object.entries(positions)) {
    const movedId = id === fromId ? toId : moved(id);
    if (movedId !== null) {
      next[movedId] = position;
      changed = true;
    } else if (id !== toId || !(fromId in positions)) {
      next[id] = position;
    }
  }
  return changed ? next : positions;
}

/** The positions without `ids` (the same object when none of them had one). */
export function positionsWithout(positions: Positions, ids: readonly string[]): Positions {
  if (!ids.some((id) => id in positions)) return positions;
  return Object.fromEntries(Object.entries(positions).filter(([id]) => !ids.includes(id)));
}

/** The positions after `edit`: a renamed node, or a workload moved to another namespace, keeps its place. */
export function positionsFollowing(positions: Positions, edit: DocEdit): Positions {
  switch (edit.type) {
    case 'renameNamespace':
      return positionsMoved(
        positions,
        nodeIdOf({ kind: 'namespace', name: edit.name }),
        nodeIdOf({ kind: 'namespace', name: edit.newName }),
      );
    case 'updateWorkload': {
      const { namespace = edit.namespace, name = edit.name } = edit.changes;
      return positionsMoved(
        positions,
        nodeIdOf({ kind: 'workload', namespace: edit.namespace, name: edit.name }),
        nodeIdOf({ kind: 'workload', namespace, name }),
      );
    }
    case 'updateExternal':
      return positionsMoved(
        positions,
        nodeIdOf({ kind: 'external', name: edit.name }),
        nodeIdOf({ kind: 'external', name: edit.external.name }),
      );
    case 'batch':
      return edit.edits.reduce(positionsFollowing, positions);
    default:
      return positions;
  }
}

/** `positions` with `patch` applied (the same object when it changes nothing). */
export function positionsPatched(positions: Positions, patch: LayoutPatch): Positions {
  const entries = Object.entries(patch);
  if (entries.every(([id, p]) => samePosition(positions[id], p ?? undefined))) return positions;
  const set = Object.fromEntries(entries.filter((e): e is [string, Position] => e[1] !== null));
  const removed = entries.filter(([, p]) => p === null).map(([id]) => id);
  return { ...positionsWithout(positions, removed), ...set };
}

/** The patch that turns `from` into `to`: only the ids whose position differs. */
export function positionsPatch(from: Positions, to: Positions): LayoutPatch {
  if (from === to) return {};
  const patch: Record<string, Position | null> = {};
  for (const id of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (!samePosition(from[id], to[id])) patch[id] = to[id] ?? null;
  }
  return patch;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y);
}
