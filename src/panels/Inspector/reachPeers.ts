/**
 * The short answer to "who can reach it?" and "what can it reach?": the
 * other ends of a node's allowed paths and lines, one entry per peer with its
 * ports, in the order of the paths, then the ends only a line joins
 * (anywhere, an address block, a namespace).
 */
import { countedAmong, endLabel, linePortsText, portText } from '../../engine';
import type { FlowEnd, Path } from '../../engine';
import type { FlowGroup } from '../../store';
import { pathVerdict } from './pathsShown';

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
    peer.ports.push(portText(p, { name: p.name }));
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
