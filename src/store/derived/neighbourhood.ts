/**
 * A node's neighbourhood on the canvas: the lines into and out of it and the
 * nodes at their other ends. A line at its namespace's box is one of its own:
 * such a line stands for every pod of the namespace (a policy's `podSelector: {}`,
 * a peer of a whole namespace). While it is picked, the lines of its own paths
 * that get through (drawn where no rule's line joins the pair) are its too. Focus
 * mode draws these normally and dims the rest. What its note counts (the workloads and other
 * ends it accepts connections from and opens connections to) is the Inspector's count
 * (`selectReach`), not a count of the lines: a line at the namespace's box stands for every pod
 * of it, and some of them may get through where the focused one does not.
 */
import type { FlowStatus } from '../../engine';
import type { EditorState } from '../editorState';
import { namespaceBoxOf, nodeRefParse } from '../ids';
import { selectPathGroups } from './pathSelectors';
import { reachEnds, selectReach } from './reachPeers';
import { selectFlowGroups } from './selectors';
import { selectViewDoc } from './viewDoc';

/** Anything drawn as a line between two nodes. */
export interface NeighbourLine {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Whether what it stands for gets through; a line without one is counted as getting through. */
  readonly status?: FlowStatus;
}

/** A line of a picked node's paths, and whether they get through. */
export interface NeighbourPath extends NeighbourLine {
  readonly status: FlowStatus;
}

/**
 * The distinct peers of a focused node one way, as the Inspector's "Accepts connections from 25
 * of 199 workloads" counts them (`reachEnds`): the workloads some of whose connections get
 * through, the other ends so reached (a namespace's box, anywhere, an address), and the ends
 * none of whose connections get through.
 */
export interface NeighbourEnds {
  readonly workloads: number;
  readonly others: number;
  readonly blocked: number;
}

export interface Neighbourhood {
  /** The focused node. */
  readonly id: string;
  /** The box of its namespace, whose lines are its own too; null for a node in no box. */
  readonly box: string | null;
  /** The focused node and the nodes at the other end of its lines. */
  readonly nodes: ReadonlySet<string>;
  /** Its lines, in and out. */
  readonly edges: ReadonlySet<string>;
  /** Lines that end at it (from other nodes). */
  readonly inbound: number;
  /** Lines that start at it (to other nodes). */
  readonly outbound: number;
  /** Of the lines that end at it, those blocked on every port. */
  readonly inboundBlocked: number;
  /** Of the lines that start at it, those blocked on every port. */
  readonly outboundBlocked: number;
  /** Its peers that open connections to it, as the Inspector counts them. */
  readonly from: NeighbourEnds;
  /** Its peers it opens connections to, as the Inspector counts them. */
  readonly to: NeighbourEnds;
}

/** A node's peers both ways, as the Inspector counts them. */
export interface NeighbourPeers {
  readonly from: NeighbourEnds;
  readonly to: NeighbourEnds;
}

const NO_ENDS: NeighbourEnds = { workloads: 0, others: 0, blocked: 0 };
const NO_PEERS: NeighbourPeers = { from: NO_ENDS, to: NO_ENDS };

/**
 * What the canvas lights, in a focus's terms, for what is not a focus on a node (the workloads
 * Find found by a label, a walked connection): `nodes` and `lines`, with no node of its own (`id`
 * names none) and nothing counted.
 */
export function litHoodOf(nodes: Iterable<string>, lines: Iterable<string>): Neighbourhood {
  return {
    id: '',
    box: null,
    nodes: new Set(nodes),
    edges: new Set(lines),
    inbound: 0,
    outbound: 0,
    inboundBlocked: 0,
    outboundBlocked: 0,
    ...NO_PEERS,
  };
}

/** Whether a line's end is the focused node's own: the node, or the box of its namespace. */
export function isOwnEnd(hood: Pick<Neighbourhood, 'id' | 'box'>, end: string): boolean {
  return end === hood.id || end === hood.box;
}

/**
 * The neighbourhood of `id` from the lines of rules (`lines`) and the paths drawn for a picked
 * node (`paths`): a path line is its own when it starts or ends at the node itself and some of
 * it gets through (a blocked one is drawn faint, behind). Its `from` and `to` are `peers`, the
 * Inspector's count (none by default).
 */
export function neighbourhoodOf(
  lines: readonly NeighbourLine[],
  id: string,
  box: string | null = null,
  paths: readonly NeighbourPath[] = [],
  peers: NeighbourPeers = NO_PEERS,
): Neighbourhood {
  const own = (end: string) => isOwnEnd({ id, box }, end);
  const nodes = new Set<string>([id]);
  const edges = new Set<string>();
  let inbound = 0;
  let outbound = 0;
  let inboundBlocked = 0;
  let outboundBlocked = 0;
  for (const line of lines) {
    if (!own(line.source) && !own(line.target)) continue;
    edges.add(line.id);
    nodes.add(line.source);
    nodes.add(line.target);
    const blocked = line.status === 'blocked' ? 1 : 0;
    if (own(line.target) && line.source !== id) {
      inbound++;
      inboundBlocked += blocked;
    }
    if (own(line.source) && line.target !== id) {
      outbound++;
      outboundBlocked += blocked;
    }
  }
  for (const path of paths) {
    if (path.status === 'blocked' || (path.source !== id && path.target !== id)) continue;
    edges.add(path.id);
    nodes.add(path.source);
    nodes.add(path.target);
    if (path.target === id) inbound++;
    else outbound++;
  }
  return {
    id,
    box,
    nodes,
    edges,
    inbound,
    outbound,
    inboundBlocked,
    outboundBlocked,
    ...peers,
  };
}

/** Whether `id` is a workload of the design (or one inferred from its policies). */
function isWorkload(state: EditorState, id: string): boolean {
  const ref = nodeRefParse(id);
  if (ref?.kind !== 'workload') return false;
  return selectViewDoc(state).workloads.some(
    (w) => w.namespace === ref.namespace && w.name === ref.name,
  );
}

let last: {
  groups: unknown;
  paths: unknown;
  reach: unknown;
  id: string;
  result: Neighbourhood;
} | null = null;

/**
 * The focused workload's neighbourhood, from the flow groups and the picked node's path lines,
 * with its peers as the Inspector counts them; null when nothing is focused.
 */
export function selectNeighbourhood(state: EditorState): Neighbourhood | null {
  const id = state.neighbourhood;
  if (id === null || !isWorkload(state, id)) return null;
  const groups = selectFlowGroups(state);
  const paths = selectPathGroups(state);
  const reach = selectReach(state, id);
  if (last?.groups === groups && last.paths === paths && last.reach === reach && last.id === id) {
    return last.result;
  }
  const result = neighbourhoodOf(groups, id, namespaceBoxOf(id), paths, {
    from: reachEnds(reach.inbound),
    to: reachEnds(reach.outbound),
  });
  last = { groups, paths, reach, id, result };
  return result;
}
