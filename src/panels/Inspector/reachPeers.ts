/**
 * The short answer to "who can reach it?" and "what can it reach?": the
 * other ends of a node's allowed paths, one entry per peer with its ports,
 * in the order of the paths.
 */
import { endLabel, portText } from '../../engine';
import type { FlowEnd, Path } from '../../engine';
import { pathVerdict } from './pathsShown';

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
 * outbound). A path counts unless it is blocked as the path list reads it
 * (`pathVerdict`: with a plugin that enforces no policy, nothing is blocked).
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
    if (pathVerdict(p, enforced) === 'blocked') continue;
    const peer = allowed.get(label) ?? { from: p.from, to: p.to, ports: [] };
    peer.ports.push(portText(p));
    allowed.set(label, peer);
  }
  return {
    allowed: [...allowed].map(([label, peer]) => ({ label, ...peer })),
    of: all.size,
  };
}
