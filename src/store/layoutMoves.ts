/**
 * The layout follows renames: a node's position moves to its new id, and a
 * renamed namespace takes its workloads' positions along (their ids contain
 * the namespace). The old ids are forgotten, so a new node that later gets an
 * old name starts from the automatic layout, not from a stale place.
 */
import type { Position, Positions } from './editorState';
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
