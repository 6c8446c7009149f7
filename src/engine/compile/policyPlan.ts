/**
 * What a NetworkPolicy means, independent of any cluster: which pod sets it
 * needs (by canonical key) and which port matchers each rule has. Plans are
 * cached per policy object; compiling a plan against a cluster is cheap.
 */
import type {
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  NetworkPolicySpec,
} from '../../model';
import { ipBlockMatcherFrom } from '../match/ipBlock';
import type { IpBlockMatcher } from '../match/ipBlock';
import { podSetKey } from '../match/podSet';
import type { PodSetSpec } from '../match/podSet';
import { portMatcherFrom } from '../match/ports';
import type { PortMatcher } from '../match/ports';
import { selectorIsEmpty } from '../match/selector';
import type { PolicyRef } from '../verdict/verdict';

export interface PodSetPlan {
  readonly key: string;
  readonly spec: PodSetSpec;
}

/** An `ipBlock` peer also matches IP endpoints; a selector peer only pods. */
export type PeerPlan =
  | { readonly kind: 'pods'; readonly pods: PodSetPlan }
  | { readonly kind: 'ipBlock'; readonly block: IpBlockMatcher | null; readonly pods: PodSetPlan };

export interface RulePlan {
  /** null: the rule has no `from`/`to` (or an empty one): every pod and every IP. */
  readonly peers: readonly PeerPlan[] | null;
  /** null: the rule has no `ports` (or an empty list): every port of every protocol. */
  readonly ports: readonly PortMatcher[] | null;
}

export interface PolicyPlan {
  readonly ref: PolicyRef;
  readonly selected: PodSetPlan;
  /** null when the policy does not isolate for ingress (`policyTypes` lacks Ingress). */
  readonly ingress: readonly RulePlan[] | null;
  readonly egress: readonly RulePlan[] | null;
  /** Every pod set the plan needs, in a fixed order: `selected`, then each rule's peers. */
  readonly podSets: readonly PodSetPlan[];
}

/**
 * `policyTypes` as the API server defaults it. When absent or empty it is
 * `[Ingress]`, plus `Egress` iff `spec.egress` has at least one rule
 * (`egress: []` does not add it). An explicit list wins: ingress rules under
 * `policyTypes: [Egress]` are ignored.
 *
 * ```yaml
 * spec: {podSelector: {}, egress: [{}]}   # policyTypes: [Ingress, Egress]
 * spec: {podSelector: {}, egress: []}     # policyTypes: [Ingress]
 * ```
 */
export function effectivePolicyTypes(spec: NetworkPolicySpec): {
  ingress: boolean;
  egress: boolean;
} {
  const types = spec.policyTypes ?? [];
  if (types.length === 0) return { ingress: true, egress: (spec.egress ?? []).length > 0 };
  return { ingress: types.includes('Ingress'), egress: types.includes('Egress') };
}

function podSetPlan(spec: PodSetSpec): PodSetPlan {
  return { key: podSetKey(spec), spec };
}

/**
 * One `from`/`to` element. `podSelector` alone: pods of the POLICY's namespace;
 * `namespaceSelector` alone: every pod of the matching namespaces
 * (`namespaceSelector: {}` = all namespaces); both in ONE element: AND.
 * An element with `ipBlock` is an ipBlock peer (the API server rejects one
 * that also has a selector); an empty element (also rejected) matches nothing.
 *
 * ```yaml
 * from:
 *   - namespaceSelector: {matchLabels: {team: ops}}
 *     podSelector: {matchLabels: {app: probe}}   # probe pods IN ops namespaces
 * ```
 */
export function peerPlanFrom(peer: NetworkPolicyPeer, namespace: string): PeerPlan {
  if (peer.ipBlock !== undefined) {
    const block = ipBlockMatcherFrom(peer.ipBlock);
    return { kind: 'ipBlock', block, pods: podSetPlan({ kind: 'ipBlock', block }) };
  }
  const { podSelector, namespaceSelector } = peer;
  if (namespaceSelector !== undefined) {
    const pods = podSelector === undefined || selectorIsEmpty(podSelector) ? null : podSelector;
    return {
      kind: 'pods',
      pods: podSetPlan({ kind: 'namespaceSelector', namespaceSelector, podSelector: pods }),
    };
  }
  if (podSelector !== undefined) {
    return {
      kind: 'pods',
      pods: podSetPlan({ kind: 'podSelector', namespace, selector: podSelector }),
    };
  }
  return { kind: 'pods', pods: podSetPlan({ kind: 'none' }) };
}

function rulePlanFrom(
  peers: readonly NetworkPolicyPeer[] | undefined,
  ports: readonly NetworkPolicyPort[] | undefined,
  namespace: string,
): RulePlan {
  return {
    peers:
      peers === undefined || peers.length === 0
        ? null
        : peers.map((p) => peerPlanFrom(p, namespace)),
    ports: ports === undefined || ports.length === 0 ? null : ports.map(portMatcherFrom),
  };
}

/**
 * A policy selects pods only in its own namespace (`metadata.namespace`,
 * set on import, `default` when omitted); `podSelector: {}` selects all of them. Under an
 * isolating direction, absent rules (or `ingress: []`) allow nothing.
 */
export function policyPlanFrom(policy: NetworkPolicy): PolicyPlan {
  const { namespace } = policy.metadata;
  const { spec } = policy;
  const types = effectivePolicyTypes(spec);
  const selected = podSetPlan({ kind: 'podSelector', namespace, selector: spec.podSelector });
  const ingress = types.ingress
    ? (spec.ingress ?? []).map((r) => rulePlanFrom(r.from, r.ports, namespace))
    : null;
  const egress = types.egress
    ? (spec.egress ?? []).map((r) => rulePlanFrom(r.to, r.ports, namespace))
    : null;
  const podSets = [selected];
  for (const rule of [...(ingress ?? []), ...(egress ?? [])]) {
    for (const peer of rule.peers ?? []) podSets.push(peer.pods);
  }
  return { ref: { namespace, name: policy.metadata.name }, selected, ingress, egress, podSets };
}
