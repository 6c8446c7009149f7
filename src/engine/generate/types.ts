/** What `proposePolicies` takes and gives. */
import type {
  Doc,
  ExternalEndpoint,
  Issue,
  Namespace,
  NetworkPolicy,
  PodKey,
  Protocol,
  Workload,
} from '../../model';

export interface GenerateOptions {
  /** Also a `default-deny` policy (ingress and egress, DNS kept) in every namespace with pods. */
  readonly defaultDeny?: boolean;
  /**
   * Group addresses outside the cluster into blocks of this prefix length
   * (IPv4; `24` → `203.0.113.0/24`); each address alone (`/32`) when absent.
   */
  readonly cidrPrefix?: number;
}

/** An end of a connection as the design knows it: a workload, or an address block outside. */
export type ResolvedEnd =
  | { readonly kind: 'pod'; readonly key: PodKey }
  | { readonly kind: 'ip'; readonly ip: string; readonly cidr: string };

export interface ResolvedConnection {
  readonly from: ResolvedEnd;
  readonly to: ResolvedEnd;
  readonly port: number;
  readonly protocol: Protocol;
}

/**
 * Where the proposal allows more than was observed, and why: every such
 * connection is named by one of these, so a reviewer sees it before applying.
 */
export type Broader =
  /** Egress-isolated `workloads` may look names up at `to` on UDP and TCP 53, observed or not. */
  | {
      readonly kind: 'dns';
      readonly workloads: readonly PodKey[];
      readonly to: readonly PodKey[];
      readonly message: string;
    }
  /** No selector tells these workloads (one namespace, the same labels) apart: each gets what any was seen doing. */
  | { readonly kind: 'sameLabels'; readonly workloads: readonly PodKey[]; readonly message: string }
  /** `cidr` stands for the observed `ips`: every address in it (and the `pods` whose IPs are in it) is allowed the same. */
  | {
      readonly kind: 'cidrBlock';
      readonly cidr: string;
      readonly ips: readonly string[];
      readonly pods: readonly PodKey[];
      readonly message: string;
    }
  /** No connection of these workloads was observed and no policy restricts them (without `defaultDeny`). */
  | {
      readonly kind: 'unrestricted';
      readonly workloads: readonly PodKey[];
      readonly message: string;
    };

export interface Proposal {
  /** The proposed policies, one per workload seen (plus a default deny per namespace when asked). */
  readonly policies: readonly NetworkPolicy[];
  /**
   * The design with the workloads, namespaces and addresses the flows added,
   * and the proposed policies in place of its own: what the proposal is checked against.
   */
  readonly doc: Doc;
  readonly added: {
    readonly namespaces: readonly Namespace[];
    readonly workloads: readonly Workload[];
    readonly externals: readonly ExternalEndpoint[];
  };
  /** The observed connections, in the design's terms (one per workload pair, port and protocol). */
  readonly connections: readonly ResolvedConnection[];
  readonly broader: readonly Broader[];
}

export type ProposalResult =
  | { readonly ok: true; readonly proposal: Proposal }
  | { readonly ok: false; readonly issues: readonly Issue[] };
