/**
 * One line of a flow log, read: a connection candidate (with what folding
 * needs to know about it), a flow that is left out and why, or nothing.
 */
import type { ObservedEnd, Protocol } from '../../model';

export interface FlowCandidate {
  readonly kind: 'flow';
  readonly from: ObservedEnd;
  readonly to: ObservedEnd;
  readonly port: number;
  readonly protocol: Protocol;
  /** The opener's port, when the log says it (Hubble does): tells a reply without `is_reply`. */
  readonly sourcePort?: number;
  /** `is_reply` as the log says it; undefined when it does not. */
  readonly reply?: boolean;
  readonly line: number;
}

/** Why a flow is left out: dropped by the network, ICMP (policies cannot name it), or not a flow. */
export type FlowSkip = { readonly kind: 'dropped' | 'icmp' | 'event'; readonly line: number };

export type FlowLine = FlowCandidate | FlowSkip;

/** A port number 1..65535 from a number or its decimal text, or null. */
export function portNumber(value: unknown): number | null {
  const n = typeof value === 'string' && /^[0-9]{1,5}$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535 ? n : null;
}
