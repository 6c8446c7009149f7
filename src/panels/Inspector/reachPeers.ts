/**
 * The short answer to "who can reach it?" and "what can it reach?": the
 * other ends of a node's allowed paths, one entry per peer with its ports,
 * in the order of the paths.
 */
import { endLabel, portText } from '../../engine';
import type { FlowEnd, Path } from '../../engine';

export interface ReachPeer {
  /** The other end, as the path names it (`shop/web`, `anywhere`). */
  readonly label: string;
  readonly from: FlowEnd;
  readonly to: FlowEnd;
  /** `TCP 7070`, one per allowed port. */
  readonly ports: readonly string[];
}

export interface ReachPeers {
  readonly allowed: readonly ReachPeer[];
  /** How many distinct peers the paths name, allowed or not. */
  readonly of: number;
}

/**
 * Groups `paths` by their other end (`from` for inbound paths, `to` for
 * outbound). A path counts as allowed when it is, or when the network plugin
 * enforces no policy (`enforced` false), as the path list shows it.
 */
export function reachPeers(
  paths: readonly Path[],
  other: 'from' | 'to',
  enforced: boolean,
): ReachPeers {
  const all = new Set<string>();
  const allowed = new Map<string, { from: FlowEnd; to: FlowEnd; ports: string[] }>();
  for (const p of paths) {
    const label = endLabel(p[other]);
    all.add(label);
    if (!p.allowed && enforced) continue;
    const peer = allowed.get(label) ?? { from: p.from, to: p.to, ports: [] };
    peer.ports.push(portText(p));
    allowed.set(label, peer);
  }
  return {
    allowed: [...allowed].map(([label, peer]) => ({ label, ...peer })),
    of: all.size,
  };
}
