/**
 * One canvas edge per (source node, destination node): the derived flows of
 * every rule between the same two nodes (an egress rule at the source and the
 * ingress rule at the destination often stand for the same traffic) are drawn
 * as one line, allowed only when all of them are.
 */
import type { Flow, FlowStatus } from '../../engine';
import type { EdgeId, NodeId } from '../ids';
import { edgeGroupsOf, statusOfAll } from './edgeGroups';

export interface FlowGroup {
  /** `<source node id>><destination node id>`. */
  readonly id: EdgeId;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly flows: readonly Flow[];
  readonly status: FlowStatus;
  /**
   * Allowed only because the network plugin does not enforce the policies: what they would
   * make of the line (all of it blocked, or some ports); absent when they allow it.
   */
  readonly unenforced?: 'blocked' | 'partial';
}

export function flowGroupsOf(flows: readonly Flow[]): FlowGroup[] {
  return edgeGroupsOf(flows).map(({ items, ...line }) => ({
    ...line,
    flows: items,
    status: statusOfAll(items.map((f) => f.status)),
  }));
}
