/**
 * One cell of the reachability matrix: the verdict on each port the
 * destination is checked on (or on the one port of the filter), summed up as
 * all, some or none allowed.
 */
import { isTrafficAllowed, matrixAllows } from '../../engine';
import type { MatrixNode, PortRef, ReachMatrix } from './reachMatrix';
import { portKey } from './reachMatrix';

export interface PortVerdict extends PortRef {
  readonly allowed: boolean;
}

/**
 * Why a cell checks nothing:
 * - `self`: a workload and itself (its pods are one node here);
 * - `outside`: both ends are outside the cluster, where no NetworkPolicy applies;
 * - `noPorts`: the destination has no port to check (or not the filter's port).
 */
export type Unchecked = 'self' | 'outside' | 'noPorts';

export type ReachCell =
  | { readonly state: 'all' | 'some' | 'none'; readonly ports: readonly PortVerdict[] }
  | { readonly state: 'unchecked'; readonly why: Unchecked };

function allowedOn(m: ReachMatrix, from: MatrixNode, to: MatrixNode, p: PortRef): boolean {
  if (m.enforced === false) return true;
  if (from.pod !== null && to.pod !== null) {
    const matrix = m.matrices.get(portKey(p));
    if (matrix !== undefined) return matrixAllows(matrix, from.pod, to.pod);
  }
  return isTrafficAllowed(m.index, { from: from.endpoint, to: to.endpoint, ...p }).allowed;
}

/** The cell of source `from` and destination `to` (indexes into `m.nodes`); `filter` null: every port. */
export function reachCell(
  m: ReachMatrix,
  from: number,
  to: number,
  filter: PortRef | null,
): ReachCell {
  const source = m.nodes[from];
  const destination = m.nodes[to];
  if (source === undefined || destination === undefined) {
    throw new Error(`no matrix node at ${String(from)} or ${String(to)}`);
  }
  if (from === to) return { state: 'unchecked', why: 'self' };
  if (source.pod === null && destination.pod === null)
    return { state: 'unchecked', why: 'outside' };
  const ports =
    filter === null
      ? destination.ports
      : destination.ports.filter((p) => portKey(p) === portKey(filter));
  if (ports.length === 0) return { state: 'unchecked', why: 'noPorts' };
  const verdicts = ports.map((p) => ({ ...p, allowed: allowedOn(m, source, destination, p) }));
  const allowed = verdicts.filter((v) => v.allowed).length;
  const state = allowed === verdicts.length ? 'all' : allowed === 0 ? 'none' : 'some';
  return { state, ports: verdicts };
}
