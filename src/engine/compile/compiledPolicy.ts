/**
 * A policy compiled against one cluster: the pods it selects and, per rule,
 * the pods its peers match (bitsets) and its port matchers.
 */
import { bitsetEmpty, bitsetOrInto } from '../match/bitset';
import type { Bitset } from '../match/bitset';
import type { IpBlockMatcher } from '../match/ipBlock';
import type { PodSetPlan, PolicyPlan, RulePlan } from './policyPlan';
import type { PortMatcher } from '../match/ports';
import type { PolicyRef } from '../verdict/verdict';

/** A `from`/`to` element: the pods it matches, and for an ipBlock the addresses too. */
export type CompiledPeer =
  | { readonly kind: 'pods'; readonly pods: Bitset }
  | { readonly kind: 'ipBlock'; readonly block: IpBlockMatcher | null; readonly pods: Bitset };

export interface CompiledRule {
  /** null: every peer (every pod and every IP). */
  readonly peers: readonly CompiledPeer[] | null;
  /** The union of the peers' pods (every pod when `peers` is null). */
  readonly peerPods: Bitset;
  /** null: every port of every protocol. */
  readonly ports: readonly PortMatcher[] | null;
}

export interface CompiledPolicy {
  readonly ref: PolicyRef;
  readonly selected: Bitset;
  /** null when the policy does not isolate this direction. */
  readonly ingress: readonly CompiledRule[] | null;
  readonly egress: readonly CompiledRule[] | null;
}

/** Finds the bitset of a pod set (computed or cached by the caller). */
export type PodSetLookup = (set: PodSetPlan) => Bitset;

function compileRule(rule: RulePlan, all: Bitset, lookup: PodSetLookup): CompiledRule {
  if (rule.peers === null) return { peers: null, peerPods: all, ports: rule.ports };
  const peers = rule.peers.map((peer): CompiledPeer =>
    peer.kind === 'pods'
      ? { kind: 'pods', pods: lookup(peer.pods) }
      : { kind: 'ipBlock', block: peer.block, pods: lookup(peer.pods) },
  );
  const [only] = peers;
  let peerPods: Bitset;
  if (peers.length === 1 && only !== undefined) {
    peerPods = only.pods;
  } else {
    peerPods = bitsetEmpty(all.length << 5);
    for (const peer of peers) bitsetOrInto(peerPods, peer.pods);
  }
  return { peers, peerPods, ports: rule.ports };
}

/** `all` is the set of every pod (shared by every rule without peers). */
export function compiledPolicyFrom(
  plan: PolicyPlan,
  all: Bitset,
  lookup: PodSetLookup,
): CompiledPolicy {
  return {
    ref: plan.ref,
    selected: lookup(plan.selected),
    ingress: plan.ingress?.map((r) => compileRule(r, all, lookup)) ?? null,
    egress: plan.egress?.map((r) => compileRule(r, all, lookup)) ?? null,
  };
}
