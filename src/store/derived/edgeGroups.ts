/**
 * Things with two ends (flows, paths, verdict changes) grouped by the canvas
 * line they are drawn on: one line per (source node, destination node).
 */
import type { FlowEnd, FlowStatus } from '../../engine';
import type { EdgeId, NodeId } from '../ids';
import { edgeIdOf, nodeIdOfEnd } from '../ids';

export interface EdgeGroup<T> {
  /** `<source node id>><destination node id>`. */
  readonly id: EdgeId;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly items: readonly T[];
}

/** `items` by line, in the order their lines first appear; lines in `skip` are left out. */
export function edgeGroupsOf<T extends { readonly from: FlowEnd; readonly to: FlowEnd }>(
  items: Iterable<T>,
  skip: ReadonlySet<string> = new Set(),
): EdgeGroup<T>[] {
  const byLine = new Map<EdgeId, { source: NodeId; target: NodeId; items: T[] }>();
  for (const item of items) {
    const source = nodeIdOfEnd(item.from);
    const target = nodeIdOfEnd(item.to);
    const id = edgeIdOf(source, target);
    if (skip.has(id)) continue;
    const group = byLine.get(id);
    if (group === undefined) byLine.set(id, { source, target, items: [item] });
    else group.items.push(item);
  }
  return [...byLine].map(([id, group]) => ({ id, ...group }));
}

/** A line's status: allowed when all its parts are, blocked when all are, else partial. */
export function statusOfAll(statuses: readonly FlowStatus[]): FlowStatus {
  if (statuses.every((s) => s === 'allowed')) return 'allowed';
  if (statuses.every((s) => s === 'blocked')) return 'blocked';
  return 'partial';
}
