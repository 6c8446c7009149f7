/**
 * The short answer to "who can reach it?" and "what can it reach?": the
 * other ends of a node's allowed paths and lines, one entry per peer with its
 * ports, in the order of the paths, then the ends only a line joins
 * (anywhere, an address block, a namespace).
 */
import {
  countedAmong,
  endKey,
  endLabel,
  enforces,
  linePortsText,
  pathPortText,
} from '../../engine';
import type { FlowEnd, NodePaths, Path } from '../../engine';
import type { EditorState } from '../editorState';
import type { FlowGroup } from './flowGroups';
import { pathsOfNode } from './pathSelectors';
import { selectFlowGroups } from './selectors';

/**
 * How a path is read: allowed, blocked, or `unenforced` (the policies would
 * block it, but the network plugin enforces none, so the traffic gets through).
 */
export function pathVerdict(path: Path, enforced: boolean): 'allowed' | 'blocked' | 'unenforced' {
  if (path.allowed) return 'allowed';
  return enforced ? 'blocked' : 'unenforced';
}

export interface ReachPeer {
  /** The other end, as the path names it (`shop/web`, `anywhere`). */
  readonly label: string;
  /** The other end itself. */
  readonly end: FlowEnd;
  readonly from: FlowEnd;
  readonly to: FlowEnd;
  /** `TCP 7070`, one per allowed port; or the label of the line that joins them. */
  readonly ports: readonly string[];
}

export interface ReachPeers {
  readonly allowed: readonly ReachPeer[];
  /** The distinct peers the paths and lines name, allowed or not (`endsCountText` words them). */
  readonly ends: readonly FlowEnd[];
}

interface Entry {
  end: FlowEnd;
  from: FlowEnd;
  to: FlowEnd;
  ports: string[];
  allowed: boolean;
}

/**
 * Groups `paths` and `lines` by their other end (`from` for inbound, `to`
 * for outbound). A peer a line joins reads as the canvas draws it: counted
 * unless the line is blocked, with the line's label as its ports. Any other
 * path counts unless it is blocked as the path list reads it (`pathVerdict`:
 * with a plugin that enforces no policy, nothing is blocked).
 */
export function reachPeers(
  paths: readonly Path[],
  lines: readonly FlowGroup[],
  other: 'from' | 'to',
  enforced: boolean,
): ReachPeers {
  const byLine = new Map<string, Entry>();
  for (const line of lines) {
    const first = line.flows[0];
    if (first === undefined || line.source === line.target) continue;
    byLine.set(endLabel(first[other]), {
      end: first[other],
      from: first.from,
      to: first.to,
      ports: [linePortsText(line.flows, line.unenforced ?? line.status)],
      allowed: line.status !== 'blocked',
    });
  }
  const peers = new Map<string, Entry>();
  for (const p of paths) {
    const label = endLabel(p[other]);
    const known = peers.get(label) ?? byLine.get(label);
    const peer = known ?? { end: p[other], from: p.from, to: p.to, ports: [], allowed: false };
    peers.set(label, peer);
    if (byLine.has(label) || pathVerdict(p, enforced) === 'blocked') continue;
    peer.allowed = true;
    peer.ports.push(pathPortText(p));
  }
  for (const [label, entry] of byLine) if (!peers.has(label)) peers.set(label, entry);
  const ends = [...peers.values()].map((peer) => peer.end);
  // As the count beside the list counts them: a namespace's line is not listed beside its workloads.
  const counted = countedAmong(ends);
  return {
    allowed: [...peers]
      .filter(([, peer]) => peer.allowed && counted(peer.end))
      .map(([label, { end, from, to, ports }]) => ({ label, end, from, to, ports })),
    ends,
  };
}

/** A workload's (or endpoint's) peers both ways: "who can reach it?" and "what can it reach?". */
export interface Reach {
  readonly inbound: ReachPeers;
  readonly outbound: ReachPeers;
}

/** Per set of rule lines, per node and enforcement: the paths it was worked out from and the answer. */
const reachByGroups = new WeakMap<object, Map<string, { paths: NodePaths; reach: Reach }>>();

/**
 * The one count of a node's peers, which the Inspector lists and F's note words: its paths
 * (`pathsOfNode`) and the rule lines that start or end at the node itself. Memoised on those,
 * node by node (the Inspector and the note may ask about two nodes in one render).
 */
export function selectReach(state: EditorState, id: string): Reach {
  const paths = pathsOfNode(state, id);
  const groups = selectFlowGroups(state);
  const enforced = enforces(state.networkPlugin);
  let byNode = reachByGroups.get(groups);
  if (byNode === undefined) {
    byNode = new Map();
    reachByGroups.set(groups, byNode);
  }
  const key = `${enforced ? 'enforced' : 'open'} ${id}`;
  const known = byNode.get(key);
  if (known?.paths === paths) return known.reach;
  const reach = {
    inbound: reachPeers(
      paths.inbound,
      groups.filter((g) => g.target === id),
      'from',
      enforced,
    ),
    outbound: reachPeers(
      paths.outbound,
      groups.filter((g) => g.source === id),
      'to',
      enforced,
    ),
  };
  byNode.set(key, { paths, reach });
  return reach;
}

/**
 * The peers one way as F's note says them: the workloads reached, the other ends reached (a
 * namespace's box, anywhere, an address), and the ends none of whose connections get through;
 * each counted as the Inspector's count beside its list counts it (`countedAmong`).
 */
export function reachEnds(peers: ReachPeers): {
  readonly workloads: number;
  readonly others: number;
  readonly blocked: number;
} {
  const counted = countedAmong(peers.ends);
  const reached = new Set(peers.allowed.map((p) => endKey(p.end)));
  const ends = new Map(peers.ends.filter(counted).map((end) => [endKey(end), end]));
  let workloads = 0;
  let others = 0;
  let blocked = 0;
  for (const [key, end] of ends) {
    if (!reached.has(key)) blocked++;
    else if (end.kind === 'workload') workloads++;
    else others++;
  }
  return { workloads, others, blocked };
}
