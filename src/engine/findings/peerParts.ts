/**
 * What the AND/OR findings share: the rules with peers of each policy, a
 * rule with new peers, and whether the AND of two selectors matches nobody.
 */
import type { Doc, LabelSelector, NetworkPolicy, NetworkPolicyPeer, Workload } from '../../model';
import { describeSelector } from '../verdict/explain';
import type { Direction } from '../text/direction';
import { peersKey } from '../text/direction';
import { rulePeers } from './text';
import type { PolicyIndex } from '../compile/policyIndex';
import { selectorIsEmpty, selectorMatches } from '../match/selector';

/** `namespaces with name=prod`, or `every namespace`. */
export function namespacesText(selector: LabelSelector): string {
  const text = describeSelector(selector);
  return text === '' ? 'every namespace' : `namespaces with ${text}`;
}

/** The policy with `spec.<direction>[ruleIndex]`'s peers replaced. */
export function withPeers(
  policy: NetworkPolicy,
  direction: Direction,
  ruleIndex: number,
  peers: readonly NetworkPolicyPeer[],
): NetworkPolicy {
  const rules = (policy.spec[direction] ?? []).map((rule, i) =>
    i === ruleIndex ? { ...rule, [peersKey(direction)]: peers } : rule,
  );
  return { ...policy, spec: { ...policy.spec, [direction]: rules } };
}

/** `namespaceSelector` alone (an empty `podSelector: {}` beside it changes nothing). */
export const isNamespaceOnly = (peer: NetworkPolicyPeer): boolean =>
  peer.namespaceSelector !== undefined &&
  (peer.podSelector === undefined || selectorIsEmpty(peer.podSelector)) &&
  peer.ipBlock === undefined;
export const isPodOnly = (peer: NetworkPolicyPeer): boolean =>
  peer.podSelector !== undefined &&
  peer.namespaceSelector === undefined &&
  peer.ipBlock === undefined;

/**
 * The AND of both selectors matches no workload while each alone matches
 * some (the namespaces hold pods; pods with those labels run in the policy's
 * own namespace): then two elements (OR) were probably meant.
 */
export function andMatchesNothing(
  index: PolicyIndex,
  namespaceSelector: LabelSelector,
  podSelector: LabelSelector,
  namespace: string,
): boolean {
  const { workloads, namespaceLabels } = index.cluster;
  const inNamespaces = (w: Workload): boolean =>
    selectorMatches(namespaceSelector, namespaceLabels.get(w.namespace) ?? {});
  return (
    !workloads.some((w) => inNamespaces(w) && selectorMatches(podSelector, w.labels)) &&
    workloads.some(inNamespaces) &&
    workloads.some((w) => w.namespace === namespace && selectorMatches(podSelector, w.labels))
  );
}

export interface RuleAt {
  readonly policy: NetworkPolicy;
  readonly p: number;
  readonly direction: Direction;
  readonly r: number;
  readonly peers: readonly NetworkPolicyPeer[];
}

/** Every rule of a direction the policy isolates (rules under a direction it does not list are ignored). */
export function rulesOf(doc: Doc, index: PolicyIndex): RuleAt[] {
  return doc.policies.flatMap((policy, p) =>
    (['ingress', 'egress'] as const).flatMap((direction) =>
      index.policies[p]?.[direction] == null
        ? []
        : (policy.spec[direction] ?? []).flatMap((rule, r) => {
            const peers = rulePeers(rule, direction);
            return peers === undefined ? [] : [{ policy, p, direction, r, peers }];
          }),
    ),
  );
}
