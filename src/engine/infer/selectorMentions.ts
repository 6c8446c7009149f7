/**
 * Which pod selectors speak about the pods of a namespace that has policies
 * and no pods: what the inferred workloads stand for.
 */
import type { Doc, LabelSelector, Namespace, NetworkPolicy, NetworkPolicyPeer } from '../../model';
import { effectivePolicyTypes } from '../compile/policyPlan';
import { selectorIsEmpty, selectorKey, selectorMatches } from '../match/selector';

/** One distinct selector of one namespace, and the policies that use it. */
export interface SelectorMention {
  readonly namespace: string;
  readonly selector: LabelSelector;
  /** `namespace/name` of each policy, in document order, once. */
  readonly policies: string[];
}

/** Namespaces with at least one policy and no workload, in document order. */
export function policyOnlyNamespaces(doc: Doc): Namespace[] {
  const withPolicies = new Set(doc.policies.map((p) => p.metadata.namespace));
  const withPods = new Set(doc.workloads.map((w) => w.namespace));
  return doc.namespaces.filter((n) => withPolicies.has(n.name) && !withPods.has(n.name));
}

/** The peers of the rules of the directions the policy isolates. */
function peersOf(policy: NetworkPolicy): NetworkPolicyPeer[] {
  const types = effectivePolicyTypes(policy.spec);
  return [
    ...(types.ingress ? (policy.spec.ingress ?? []).flatMap((r) => r.from ?? []) : []),
    ...(types.egress ? (policy.spec.egress ?? []).flatMap((r) => r.to ?? []) : []),
  ];
}

/**
 * A namespaceSelector that names namespaces (a label, `In` or `Exists`), as
 * `kubernetes.io/metadata.name: shop` does; `{}` or only `NotIn` match nearly
 * every namespace and would put the same peer in each.
 */
function namesNamespaces(selector: LabelSelector): boolean {
  return (
    Object.keys(selector.matchLabels ?? {}).length > 0 ||
    (selector.matchExpressions ?? []).some((r) => r.operator === 'In' || r.operator === 'Exists')
  );
}

/**
 * The namespaces among `targets` whose pods one peer of a policy in
 * `own` speaks about:
 * - `podSelector` alone: the policy's own namespace;
 * - with a `namespaceSelector` that names namespaces: each target it matches
 *   (by `kubernetes.io/metadata.name` or the labels of a Namespace object);
 * - with `namespaceSelector: {}`: only the policy's own namespace.
 */
function peerNamespaces(
  peer: NetworkPolicyPeer,
  own: string,
  targets: readonly Namespace[],
): string[] {
  if (peer.ipBlock !== undefined) return [];
  const selector = peer.namespaceSelector;
  if (selector === undefined || !namesNamespaces(selector)) {
    return targets.some((t) => t.name === own) ? [own] : [];
  }
  return targets.filter((t) => selectorMatches(selector, t.labels)).map((t) => t.name);
}

/**
 * Every distinct pod selector (by `selectorKey`) that speaks about the pods of
 * each target namespace: the `spec.podSelector` of its own policies (`{}`
 * included: what a default deny isolates), and the `podSelector` of peers of
 * any policy's rules that reach into it. A peer of every pod of a namespace
 * (`podSelector: {}`, or a `namespaceSelector` alone) adds none: its lines
 * are drawn to the namespace's box.
 */
export function selectorMentions(doc: Doc, targets: readonly Namespace[]): SelectorMention[] {
  const mentions = new Map<string, SelectorMention>();
  const mention = (namespace: string, selector: LabelSelector, policy: string) => {
    const key = `${namespace}\u0000${selectorKey(selector)}`;
    const found = mentions.get(key);
    if (found === undefined) mentions.set(key, { namespace, selector, policies: [policy] });
    else if (!found.policies.includes(policy)) found.policies.push(policy);
  };
  const targetNames = new Set(targets.map((t) => t.name));
  for (const policy of doc.policies) {
    const own = policy.metadata.namespace;
    const ref = `${own}/${policy.metadata.name}`;
    if (targetNames.has(own)) mention(own, policy.spec.podSelector, ref);
    for (const peer of peersOf(policy)) {
      const pods = peer.podSelector;
      if (pods === undefined || selectorIsEmpty(pods)) continue;
      for (const namespace of peerNamespaces(peer, own, targets)) mention(namespace, pods, ref);
    }
  }
  const order = new Map(targets.map((t, i) => [t.name, i]));
  return [...mentions.values()].sort(
    (a, b) => (order.get(a.namespace) ?? 0) - (order.get(b.namespace) ?? 0),
  );
}
