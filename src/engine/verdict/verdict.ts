/**
 * What the engine answers: a verdict for one connection, with its
 * explanation, and all-pairs matrices. These are plain data (serialisable,
 * so the engine can run in a Web Worker) and are the ONLY source of
 * explanations: the CLI, the matrix and the tooltips render them.
 */
import type { PodKey, Protocol } from '../../model';

/** One end of a connection: a workload (pod) of the document, or an address outside the cluster. */
export type Endpoint =
  | { readonly kind: 'pod'; readonly key: PodKey }
  /** An IP (`192.168.5.10`) or a CIDR (`192.168.5.0/24`, every address of it). */
  | { readonly kind: 'ip'; readonly ip: string };

/** A connection, named by who starts it: `from` opens it to `to` on `port`/`protocol`. */
export interface Traffic {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly port: number;
  readonly protocol: Protocol;
}

export interface PolicyRef {
  readonly namespace: string;
  readonly name: string;
}

/** A rule that allows the connection: `spec.<direction>[ruleIndex]` of `policy`. */
export interface RuleHit {
  readonly policy: PolicyRef;
  readonly direction: 'ingress' | 'egress';
  readonly ruleIndex: number;
  /** Index into `from`/`to` of the peer that matched; null when the rule has no peers (every peer). */
  readonly peerIndex: number | null;
  /** Index into `ports` of the port entry that matched; null when the rule has no ports (every port). */
  readonly portIndex: number | null;
}

/** The check on one side: egress at the source, ingress at the destination. */
export interface DirectionVerdict {
  /** false when that end is not a pod (an address outside the cluster): nothing is checked there. */
  readonly applies: boolean;
  /** Some policy selects the pod and lists this direction in `policyTypes`. */
  readonly isolated: boolean;
  /** The policies that isolate the pod for this direction, in document order. */
  readonly isolatingPolicies: readonly PolicyRef[];
  /** Not isolated, or isolated and at least one rule allows it. */
  readonly allowed: boolean;
  /** Every rule that allows the connection (empty when not isolated or when nothing allows it). */
  readonly hits: readonly RuleHit[];
}

/** A connection is allowed iff the source's egress AND the destination's ingress allow it. */
export interface Verdict {
  readonly traffic: Traffic;
  readonly allowed: boolean;
  readonly egress: DirectionVerdict;
  readonly ingress: DirectionVerdict;
}

/**
 * All pairs of pods for one port and protocol. `allowed` is a row-major
 * bitset: bit `from * pods.length + to`. Read it with `matrixAllows`.
 */
export interface Matrix {
  readonly port: number;
  readonly protocol: Protocol;
  readonly pods: readonly PodKey[];
  readonly allowed: Uint32Array;
}
