/**
 * Structural sharing for React Flow's nodes and edges: the adapters
 * (`toFlowNodes`, `toFlowEdges`) build every object anew, and React Flow
 * redraws every node or edge whose object changed. Handing back the previous
 * object when nothing in it changed keeps a click or an edit from redrawing
 * hundreds of nodes that look the same.
 */
import { plainEqual } from '../store';

/**
 * `next`, with each item equal to the previous item of the same id replaced
 * by that previous object; `previous` itself when nothing changed at all.
 */
export function sharedById<T extends { readonly id: string }>(
  previous: T[],
  next: readonly T[],
): T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  let same = previous.length === next.length;
  const shared = next.map((item, i) => {
    const old = before.get(item.id);
    const kept = old !== undefined && plainEqual(old, item) ? old : item;
    if (kept !== previous[i]) same = false;
    return kept;
  });
  return same ? previous : shared;
}

/** A function that shares each list it is given with the one it returned last time. */
export function sharer<T extends { readonly id: string }>(): (next: readonly T[]) => T[] {
  let last: T[] = [];
  return (next) => {
    last = sharedById(last, next);
    return last;
  };
}
