/**
 * Namespace edits. A namespace is a group on the canvas; its name is also the
 * `kubernetes.io/metadata.name` label the API server puts on it, which
 * `namespaceSelector`s (and the flows the editor writes) rely on.
 */
import type { Doc, LabelSelector, Labels, NetworkPolicy, NetworkPolicyPeer } from '../../model';
import { NAMESPACE_NAME_LABEL } from '../../model';
import { dataEqual } from './dataEqual';
import { namespaceNew, policyRefOf } from './docParts';

export function namespaceAdd(doc: Doc, name: string, labels: Labels = {}): Doc {
  if (doc.namespaces.some((n) => n.name === name)) return doc;
  return { ...doc, namespaces: [...doc.namespaces, namespaceNew(name, labels)] };
}

/** The labels become `labels`; `kubernetes.io/metadata.name: <name>` always stays. */
export function namespaceLabelsSet(doc: Doc, name: string, labels: Labels): Doc {
  const index = doc.namespaces.findIndex((n) => n.name === name);
  const namespace = doc.namespaces[index];
  if (namespace === undefined) return doc;
  const next = { ...labels, [NAMESPACE_NAME_LABEL]: name };
  if (dataEqual(next, namespace.labels)) return doc;
  const namespaces = doc.namespaces.slice();
  namespaces[index] = { ...namespace, labels: next };
  return { ...doc, namespaces };
}

/**
 * Removing a namespace removes what lives in it: its workloads and its
 * policies (as `kubectl delete namespace` does). Policies elsewhere whose
 * peers select it are kept; they simply match nothing there any more.
 */
export function namespaceRemove(doc: Doc, name: string): Doc {
  if (!doc.namespaces.some((n) => n.name === name)) return doc;
  return {
    ...doc,
    namespaces: doc.namespaces.filter((n) => n.name !== name),
    workloads: doc.workloads.some((w) => w.namespace === name)
      ? doc.workloads.filter((w) => w.namespace !== name)
      : doc.workloads,
    policies: doc.policies.some((p) => policyRefOf(p).namespace === name)
      ? doc.policies.filter((p) => policyRefOf(p).namespace !== name)
      : doc.policies,
    ...(doc.services?.some((s) => s.namespace === name) === true
      ? { services: doc.services.filter((s) => s.namespace !== name) }
      : {}),
  };
}

/** A selector with `kubernetes.io/metadata.name` values `from` renamed to `to` (same object if none). */
function selectorRenamed(selector: LabelSelector, from: string, to: string): LabelSelector {
  let next = selector;
  if (selector.matchLabels?.[NAMESPACE_NAME_LABEL] === from) {
    next = { ...next, matchLabels: { ...selector.matchLabels, [NAMESPACE_NAME_LABEL]: to } };
  }
  const expressions = selector.matchExpressions;
  if (expressions?.some((e) => e.key === NAMESPACE_NAME_LABEL && (e.values ?? []).includes(from))) {
    next = {
      ...next,
      matchExpressions: expressions.map((e) =>
        e.key === NAMESPACE_NAME_LABEL && e.values !== undefined
          ? { ...e, values: e.values.map((v) => (v === from ? to : v)) }
          : e,
      ),
    };
  }
  return next;
}

function peersRenamed(
  peers: readonly NetworkPolicyPeer[] | undefined,
  from: string,
  to: string,
): readonly NetworkPolicyPeer[] | undefined {
  if (peers === undefined) return undefined;
  const next = peers.map((peer) => {
    if (peer.namespaceSelector === undefined) return peer;
    const namespaceSelector = selectorRenamed(peer.namespaceSelector, from, to);
    return namespaceSelector === peer.namespaceSelector ? peer : { ...peer, namespaceSelector };
  });
  return next.every((p, i) => p === peers[i]) ? peers : next;
}

/** The policy moved to `to` when it lived in `from`, with its namespace peers renamed. */
function policyRenamed(policy: NetworkPolicy, from: string, to: string): NetworkPolicy {
  const { spec } = policy;
  const ingress = spec.ingress?.map((rule) => {
    const peers = peersRenamed(rule.from, from, to);
    return peers === rule.from || peers === undefined ? rule : { ...rule, from: peers };
  });
  const egress = spec.egress?.map((rule) => {
    const peers = peersRenamed(rule.to, from, to);
    return peers === rule.to || peers === undefined ? rule : { ...rule, to: peers };
  });
  const changed =
    (ingress ?? []).some((r, i) => r !== spec.ingress?.[i]) ||
    (egress ?? []).some((r, i) => r !== spec.egress?.[i]);
  const moves = policyRefOf(policy).namespace === from;
  if (!changed && !moves) return policy;
  const nextSpec = changed
    ? {
        ...spec,
        ...(ingress === undefined ? {} : { ingress }),
        ...(egress === undefined ? {} : { egress }),
      }
    : spec;
  return {
    ...policy,
    metadata: moves ? { ...policy.metadata, namespace: to } : policy.metadata,
    spec: nextSpec,
  };
}

/**
 * Renaming a namespace moves its workloads and policies with it and rewrites
 * every `namespaceSelector` that names it by `kubernetes.io/metadata.name`
 * (in `matchLabels` or in an `In`/`NotIn` value), so a design keeps its
 * meaning. Selectors on other labels are the user's and stay as they are.
 *
 * ```yaml
 * namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}  # shop -> store
 * ```
 * Refused (document unchanged) when `newName` is taken.
 */
export function namespaceRename(doc: Doc, name: string, newName: string): Doc {
  const index = doc.namespaces.findIndex((n) => n.name === name);
  const namespace = doc.namespaces[index];
  if (namespace === undefined || name === newName) return doc;
  if (doc.namespaces.some((n) => n.name === newName)) return doc;
  const namespaces = doc.namespaces.slice();
  namespaces[index] = {
    ...namespace,
    name: newName,
    labels: { ...namespace.labels, [NAMESPACE_NAME_LABEL]: newName },
  };
  const workloads = doc.workloads.some((w) => w.namespace === name)
    ? doc.workloads.map((w) => (w.namespace === name ? { ...w, namespace: newName } : w))
    : doc.workloads;
  const policies = doc.policies.map((p) => policyRenamed(p, name, newName));
  const samePolicies = policies.every((p, i) => p === doc.policies[i]);
  return {
    ...doc,
    namespaces,
    workloads,
    policies: samePolicies ? doc.policies : policies,
    ...(doc.services?.some((s) => s.namespace === name) === true
      ? {
          services: doc.services.map((s) =>
            s.namespace === name ? { ...s, namespace: newName } : s,
          ),
        }
      : {}),
  };
}
