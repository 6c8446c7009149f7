/**
 * The paths of the focused node as canvas lines: every connection it can
 * receive or open, per port, grouped by pair of nodes. Pairs that already
 * have a rule's line are left out (that line shows them).
 */
import type { FlowStatus, NodePaths, Path } from '../../engine';
import { nodeIdOfEnd } from '../nodeIds';

export interface PathGroup {
  /** `<source node id>><destination node id>`, like a `FlowGroup`'s. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly paths: readonly Path[];
  readonly status: FlowStatus;
}

function statusOf(paths: readonly Path[]): FlowStatus {
  if (paths.every((p) => p.allowed)) return 'allowed';
  if (paths.every((p) => !p.allowed)) return 'blocked';
  return 'partial';
}

export function pathGroupsOf(paths: NodePaths, drawn: ReadonlySet<string>): PathGroup[] {
  const byPair = new Map<string, Path[]>();
  for (const path of [...paths.outbound, ...paths.inbound]) {
    const id = `${nodeIdOfEnd(path.from)}>${nodeIdOfEnd(path.to)}`;
    if (drawn.has(id)) continue;
    const list = byPair.get(id);
    if (list === undefined) byPair.set(id, [path]);
    else list.push(path);
  }
  return [...byPair].map(([id, group]) => {
    const first = group[0] as Path;
    return {
      id,
      source: nodeIdOfEnd(first.from),
      target: nodeIdOfEnd(first.to),
      paths: group,
      status: statusOf(group),
    };
  });
}
