/**
 * The paths of the focused node as canvas lines: every connection it can
 * receive or open, per port, grouped by pair of nodes. Pairs that already
 * have a rule's line are left out (that line shows them).
 */
import type { FlowStatus, NodePaths, Path } from '../../engine';
import { pathStatus } from '../../engine';
import type { EdgeId, NodeId } from '../ids';
import { edgeGroupsOf, statusOfAll } from './edgeGroups';

export interface PathGroup {
  /** `<source node id>><destination node id>`, like a `FlowGroup`'s. */
  readonly id: EdgeId;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly paths: readonly Path[];
  readonly status: FlowStatus;
  /** As a `FlowGroup`'s: what the policies would make of it where they are not enforced. */
  readonly unenforced?: 'blocked' | 'partial';
}

export function pathGroupsOf(paths: NodePaths, drawn: ReadonlySet<string>): PathGroup[] {
  return edgeGroupsOf([...paths.outbound, ...paths.inbound], drawn).map(({ items, ...line }) => ({
    ...line,
    paths: items,
    status: statusOfAll(items.map(pathStatus)),
  }));
}
