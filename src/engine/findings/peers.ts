/**
 * The AND/OR trap of `namespaceSelector` and `podSelector`:
 *
 * ```yaml
 * from:
 *   - namespaceSelector: {matchLabels: {name: prod}}   # two elements: OR,
 *   - podSelector: {matchLabels: {name: api-pod}}      #   every pod of prod, or api pods here
 * from:
 *   - namespaceSelector: {matchLabels: {name: prod}}   # one element: AND,
 *     podSelector: {matchLabels: {name: api-pod}}      #   api pods IN prod
 * ```
 */
import type { Doc, NetworkPolicyPeer } from '../../model';
import { namespaceLabelsOf } from '../compile/clusterIndex';
import { policyRefOf } from '../edits/docParts';
import { describePeer, describeSelector } from '../verdict/explain';
import type { Finding } from './types';
import {
  andMatchesNothing,
  isNamespaceOnly,
  isPodOnly,
  namespacesText,
  rulesOf,
  withPeers,
} from './peerParts';
import { peersKey } from '../text/direction';
import { policyName, policySubject, rulePath, selectedSubjects } from './text';
import type { PolicyIndex } from '../compile/policyIndex';
import { selectorIsEmpty, selectorMatches } from '../match/selector';

/**
 * A rule holding a namespaceSelector-only element and a podSelector-only
 * element (OR) where one element (AND) was probably meant. A warning when the
 * namespaces include the policy's own: the podSelector element then adds
 * nothing, a sure sign; otherwise information (an OR can be intended). The
 * fix, offered when there is exactly one of each, merges them.
 */
export function peersSeparate(doc: Doc, index: PolicyIndex): Finding[] {
  return rulesOf(doc, index).flatMap(({ policy, p, direction, r, peers }): Finding[] => {
    const nsAt = peers.flatMap((peer, i) => (isNamespaceOnly(peer) ? [i] : []));
    const podAt = peers.flatMap((peer, i) => (isPodOnly(peer) ? [i] : []));
    const [n] = nsAt;
    const [q] = podAt;
    const nsPeer = n === undefined ? undefined : peers[n];
    const podPeer = q === undefined ? undefined : peers[q];
    if (n === undefined || q === undefined || nsPeer === undefined || podPeer === undefined)
      return [];
    const ref = policyRefOf(policy);
    const key = peersKey(direction);
    const merged: NetworkPolicyPeer = {
      namespaceSelector: nsPeer.namespaceSelector ?? {},
      podSelector: podPeer.podSelector ?? {},
    };
    if (
      andMatchesNothing(
        index,
        merged.namespaceSelector ?? {},
        merged.podSelector ?? {},
        ref.namespace,
      )
    )
      return [];
    const own =
      index.cluster.namespaceLabels.get(ref.namespace) ??
      namespaceLabelsOf(ref.namespace, undefined);
    const covers = selectorMatches(merged.namespaceSelector ?? {}, own);
    const namespaces = `every pod in ${namespacesText(merged.namespaceSelector ?? {})}`;
    const meant = describePeer(merged, ref.namespace);
    const where = `${rulePath(direction, r)} of ${policyName(ref)}`;
    const single = nsAt.length === 1 && podAt.length === 1;
    const fix = single
      ? {
          type: 'replacePolicy' as const,
          ref,
          policy: withPeers(
            policy,
            direction,
            r,
            peers.flatMap((peer, i) =>
              i === Math.min(n, q) ? [merged] : i === Math.max(n, q) ? [] : [peer],
            ),
          ),
        }
      : null;
    return [
      {
        id: `peersSeparate:${policyName(ref)}:${rulePath(direction, r)}`,
        kind: 'peersSeparate',
        severity: covers ? 'warning' : 'info',
        message: covers
          ? `In ${where}, ${key}[${q}] adds nothing because ${key}[${n}] already matches ${namespaces}, ${ref.namespace} included; did you mean ${meant}, as one element?`
          : `${where} matches ${namespaces} or ${describePeer(podPeer, ref.namespace)} (two elements: either one); did you mean ${meant}, as one element?`,
        subjects: [
          policySubject(ref, `${rulePath(direction, r)}.${key}`),
          ...selectedSubjects(index, p),
        ],
        fix,
        ...(fix === null
          ? {}
          : { fixLabel: `Merge ${key}[${n}] and ${key}[${q}] into one element` }),
      },
    ];
  });
}

/**
 * The reverse trap, detectable only when the AND matches no workload while
 * each half alone matches some (the namespaces hold pods, and pods with those
 * labels live in the policy's own namespace): then two elements (OR) were
 * probably meant. An AND that matches pods is what the documentation teaches;
 * nothing in the data says it was meant otherwise. The fix splits it.
 */
export function peersCombined(doc: Doc, index: PolicyIndex): Finding[] {
  return rulesOf(doc, index).flatMap(({ policy, p, direction, r, peers }): Finding[] =>
    peers.flatMap((peer, i): Finding[] => {
      const { namespaceSelector, podSelector } = peer;
      if (
        namespaceSelector === undefined ||
        podSelector === undefined ||
        peer.ipBlock !== undefined
      )
        return [];
      if (selectorIsEmpty(podSelector)) return [];
      const ref = policyRefOf(policy);
      if (!andMatchesNothing(index, namespaceSelector, podSelector, ref.namespace)) return [];
      const key = peersKey(direction);
      const split: NetworkPolicyPeer[] = [{ namespaceSelector }, { podSelector }];
      const where = `${key}[${i}] of ${rulePath(direction, r)} in ${policyName(ref)}`;
      return [
        {
          id: `peersCombined:${policyName(ref)}:${rulePath(direction, r)}.${key}[${i}]`,
          kind: 'peersCombined',
          severity: 'warning',
          message: `${where} matches no workload, because no pod with ${describeSelector(podSelector)} runs in ${namespacesText(namespaceSelector)}; did you mean every pod in ${namespacesText(namespaceSelector)} or pods with ${describeSelector(podSelector)} in ${ref.namespace}, as two elements?`,
          subjects: [
            policySubject(ref, `${rulePath(direction, r)}.${key}[${i}]`),
            ...selectedSubjects(index, p),
          ],
          fix: {
            type: 'replacePolicy',
            ref,
            policy: withPeers(
              policy,
              direction,
              r,
              peers.flatMap((x, j) => (j === i ? split : [x])),
            ),
          },
          fixLabel: `Split ${key}[${i}] into two elements`,
        },
      ];
    }),
  );
}
