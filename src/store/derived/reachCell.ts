/**
 * One cell of the reachability matrix: the verdict on each port the
 * destination is checked on (or on the one port of the filter), summed up as
 * all, some or none allowed. A workload that declares no port takes
 * connections on any: its cell is on every port (the ports that get through
 * end to end, as its path says), or on the filter's port; so is an endpoint
 * outside the cluster that declares none and no egress rule names one for.
 */
import type { AllowedPorts, PolicyIndex, PortSpan } from '../../engine';
import {
  EVERY_PORT,
  allowedPortsReader,
  isTrafficAllowed,
  matrixAllows,
  pathStatus,
} from '../../engine';
import type { MatrixNode, PortRef, ReachMatrix } from './reachMatrix';
import { portKey } from './reachMatrix';

export interface PortVerdict extends PortRef {
  readonly allowed: boolean;
}

/**
 * Why a cell checks nothing:
 * - `self`: a workload and itself (its pods are one node here);
 * - `outside`: both ends are outside the cluster, where no NetworkPolicy applies;
 * - `noPorts`: the destination does not have the filter's port.
 */
export type Unchecked = 'self' | 'outside' | 'noPorts';

export type ReachCell =
  | {
      readonly state: 'all' | 'some' | 'none';
      /**
       * The verdict on each port checked; on every port (`anyPort`), on each port the matrix
       * checks some destination on (what `reach` prints), none when no destination declares one.
       */
      readonly ports: readonly PortVerdict[];
      /** To a destination without a port to check, unfiltered: the ports that get through end to end. */
      readonly anyPort?: readonly PortSpan[];
    }
  | { readonly state: 'unchecked'; readonly why: Unchecked };

const readers = new WeakMap<PolicyIndex, AllowedPorts>();

/** The ports that get through from `from` to `to`: every port where no policy is enforced. */
function allowedSpans(m: ReachMatrix, from: MatrixNode, to: MatrixNode): readonly PortSpan[] {
  if (m.enforced === false) return EVERY_PORT;
  let reader = readers.get(m.index);
  if (reader === undefined) {
    reader = allowedPortsReader(m.index);
    readers.set(m.index, reader);
  }
  return reader(from.endpoint, to.endpoint);
}

function stateOf(verdicts: readonly PortVerdict[]): 'all' | 'some' | 'none' {
  const allowed = verdicts.filter((v) => v.allowed).length;
  return allowed === verdicts.length ? 'all' : allowed === 0 ? 'none' : 'some';
}

function allowedOn(m: ReachMatrix, from: MatrixNode, to: MatrixNode, p: PortRef): boolean {
  if (m.enforced === false) return true;
  if (from.pod !== null && to.pod !== null) {
    const matrix = m.matrices.get(portKey(p));
    if (matrix !== undefined) return matrixAllows(matrix, from.pod, to.pod);
  }
  const { port, protocol } = p;
  return isTrafficAllowed(m.index, { from: from.endpoint, to: to.endpoint, port, protocol })
    .allowed;
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
  const verdictsOn = (ports: readonly PortRef[]) =>
    ports.map((p) => ({ ...p, allowed: allowedOn(m, source, destination, p) }));
  const anyPort = destination.ports.length === 0;
  if (anyPort && filter === null) {
    const spans = allowedSpans(m, source, destination);
    const state = pathStatus({ allowed: spans.length > 0, allowedPorts: spans });
    const look = state === 'allowed' ? 'all' : state === 'blocked' ? 'none' : 'some';
    return { state: look, ports: verdictsOn(m.ports), anyPort: spans };
  }
  const ports =
    anyPort && filter !== null
      ? [filter]
      : destination.ports.filter((p) => filter === null || portKey(p) === portKey(filter));
  if (ports.length === 0) return { state: 'unchecked', why: 'noPorts' };
  const verdicts = verdictsOn(ports);
  return { state: stateOf(verdicts), ports: verdicts };
}
