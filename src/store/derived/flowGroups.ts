/**
 * One canvas edge per (source node, destination node): the derived flows of
 * every rule between the same two nodes (an egress rule at the source and the
 * ingress rule at the destination often stand for the same traffic) are drawn
 * as one line, allowed only when all of them are.
 */
import type { Flow, FlowStatus } from '../../engine';
import { nodeIdOfEnd } from '../nodeIds';

export interface FlowGroup {
  /** `<source node id>><destination node id>`. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly flows: readonly Flow[];
  readonly status: FlowStatus;
}

function statusOf(flows: readonly Flow[]): FlowStatus {
  if (flows.every((f) => f.status === 'allowed')) return 'allowed';
  if (flows.every((f) => f.status === 'blocked')) return 'blocked';
  return 'partial';
}

export function flowGroupsOf(flows: readonly Flow[]): FlowGroup[] {
  const byPair = new Map<string, Flow[]>();
  for (const flow of flows) {
    const id = `${nodeIdOfEnd(flow.from)}>${nodeIdOfEnd(flow.to)}`;
    const list = byPair.get(id);
    if (list === undefined) byPair.set(id, [flow]);
    else list.push(flow);
  }
  return [...byPair].map(([id, group]) => {
    const first = group[0] as Flow;
    return {
      id,
      source: nodeIdOfEnd(first.from),
      target: nodeIdOfEnd(first.to),
      flows: group,
      status: statusOf(group),
    };
  });
}
