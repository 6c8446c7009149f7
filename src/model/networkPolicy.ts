/**
 * The `networking.k8s.io/v1` NetworkPolicy, field names verbatim.
 *
 * Documents hold policies in their *normalized* form (see `src/io/normalize.ts`):
 * `metadata.namespace` is always set (`default` when the file had none),
 * `spec.podSelector` is always present, `spec.policyTypes` is always written out
 * (defaulted as the API server does), and every port's `protocol` is set
 * (defaulted to `TCP`). The distinction between an absent list and an empty
 * one (`from` vs `from: []`) is kept as written: both mean "every peer".
 */
import type { LabelSelector, Labels } from './labels';

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

export type PolicyType = 'Ingress' | 'Egress';

export interface NetworkPolicyPort {
  /** Defaults to `TCP`, also for `ports: [{}]`. */
  readonly protocol?: Protocol;
  /** A number (1..65535) or an IANA service name resolved against the destination pod. */
  readonly port?: number | string;
  /** Inclusive end of a numeric range; only with a numeric `port`. */
  readonly endPort?: number;
}

export interface IPBlock {
  readonly cidr: string;
  /** Each a strict subset of `cidr`. */
  readonly except?: readonly string[];
}

/**
 * One element of `from`/`to`. `podSelector` and `namespaceSelector` in the
 * SAME element are ANDed; separate elements are ORed.
 *
 * ```yaml
 * from:
 *   - namespaceSelector: {matchLabels: {name: prod}}   # one element:
 *     podSelector: {matchLabels: {role: api}}          #   api pods IN prod
 *   - podSelector: {matchLabels: {role: api}}          # another element: OR
 * ```
 */
export interface NetworkPolicyPeer {
  readonly podSelector?: LabelSelector;
  readonly namespaceSelector?: LabelSelector;
  readonly ipBlock?: IPBlock;
}

export interface NetworkPolicyIngressRule {
  readonly ports?: readonly NetworkPolicyPort[];
  readonly from?: readonly NetworkPolicyPeer[];
}

export interface NetworkPolicyEgressRule {
  readonly ports?: readonly NetworkPolicyPort[];
  readonly to?: readonly NetworkPolicyPeer[];
}

export interface NetworkPolicySpec {
  readonly podSelector: LabelSelector;
  readonly policyTypes?: readonly PolicyType[];
  readonly ingress?: readonly NetworkPolicyIngressRule[];
  readonly egress?: readonly NetworkPolicyEgressRule[];
}

export interface ObjectMeta {
  readonly name: string;
  /** Always written out in a design (`namespaceOrDefault` on import and on edits). */
  readonly namespace: string;
  readonly labels?: Labels;
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface NetworkPolicy {
  readonly apiVersion: 'networking.k8s.io/v1';
  readonly kind: 'NetworkPolicy';
  readonly metadata: ObjectMeta;
  readonly spec: NetworkPolicySpec;
}
