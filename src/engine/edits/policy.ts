/**
 * NetworkPolicy edits from the policies panel: create, replace (the form),
 * rename, duplicate, delete, and deleting one edge of a rule. Policies are
 * identified by `PolicyRef` (namespace + name); every other policy keeps its
 * identity, so the evaluator recompiles only the one that changed.
 */
import type { Doc, NetworkPolicy } from '../../model';
import { namespaceOrDefault } from '../../model';
import { dataEqual } from './dataEqual';
import type { RuleRef } from './types';
import {
  listReplace,
  namespacesWith,
  policyIndexOf,
  policyNameFree,
  policyRefOf,
} from './docParts';
import { FLOWS_ANNOTATION, metadataWithMarks, policyRuleRemove } from '../flows/marks';
import type { PolicyRef } from '../verdict/verdict';

/**
 * The normalized form keeps `metadata.namespace` written out: `default` when
 * the policy given (by hand, from a form) leaves it empty or out.
 */
function withNamespace(policy: NetworkPolicy): NetworkPolicy {
  const namespace = namespaceOrDefault(policy.metadata.namespace);
  return policy.metadata.namespace === namespace
    ? policy
    : { ...policy, metadata: { ...policy.metadata, namespace } };
}

/** Appends the policy (and its namespace when new); refused when the name is taken there. */
export function policyAdd(doc: Doc, policy: NetworkPolicy): Doc {
  const added = withNamespace(policy);
  const ref = policyRefOf(added);
  if (policyIndexOf(doc, ref) >= 0) return doc;
  return {
    ...doc,
    namespaces: namespacesWith(doc.namespaces, ref.namespace),
    policies: [...doc.policies, added],
  };
}

/**
 * The policy at `ref` becomes `policy`, in place. Refused when `ref` is
 * unknown or the new namespace/name belongs to another policy.
 */
export function policyReplace(doc: Doc, ref: PolicyRef, policy: NetworkPolicy): Doc {
  const index = policyIndexOf(doc, ref);
  const current = doc.policies[index];
  if (current === undefined) return doc;
  const next = withNamespace(policy);
  if (dataEqual(next, current)) return doc;
  const nextRef = policyRefOf(next);
  const other = policyIndexOf(doc, nextRef);
  if (other >= 0 && other !== index) return doc;
  return {
    ...doc,
    namespaces: namespacesWith(doc.namespaces, nextRef.namespace),
    policies: listReplace(doc.policies, index, next),
  };
}

export function policyRename(doc: Doc, ref: PolicyRef, newName: string): Doc {
  const current = doc.policies[policyIndexOf(doc, ref)];
  if (current === undefined) return doc;
  return policyReplace(doc, ref, { ...current, metadata: { ...current.metadata, name: newName } });
}

/**
 * A copy right after the original, named `newName` or the first free
 * `<name>-copy`, `<name>-copy-2`, …. The copy is the user's own: it does not
 * inherit the original's drawn-flow record (`netpol-canvas.dev/flows`), so
 * removing a flow never touches it.
 */
export function policyDuplicate(doc: Doc, ref: PolicyRef, newName?: string): Doc {
  const index = policyIndexOf(doc, ref);
  const current = doc.policies[index];
  if (current === undefined) return doc;
  const name = newName ?? policyNameFree(doc, ref.namespace, `${ref.name}-copy`);
  if (policyIndexOf(doc, { namespace: ref.namespace, name }) >= 0) return doc;
  const hasMarks = current.metadata.annotations?.[FLOWS_ANNOTATION] !== undefined;
  const metadata = hasMarks ? metadataWithMarks(current.metadata, []) : current.metadata;
  const copy: NetworkPolicy = { ...current, metadata: { ...metadata, name } };
  const policies = doc.policies.slice();
  policies.splice(index + 1, 0, copy);
  return { ...doc, policies };
}

export function policyRemove(doc: Doc, ref: PolicyRef): Doc {
  const index = policyIndexOf(doc, ref);
  if (index < 0) return doc;
  return { ...doc, policies: doc.policies.filter((_, i) => i !== index) };
}

/**
 * Deleting an edge the user did not draw: the peer `from[peerIndex]` (or
 * `to[peerIndex]`) leaves the rule; when it was the rule's only peer, or the
 * rule has no peers (`peerIndex` null: "from anywhere"), the whole rule goes.
 * An emptied list stays (`ingress: []`): the policy still isolates its pods.
 *
 * ```yaml
 * ingress:
 *   - from: [{podSelector: {matchLabels: {role: web}}}, {podSelector: {matchLabels: {role: ops}}}]
 * # remove peer 1 ->  from: [{podSelector: {matchLabels: {role: web}}}]
 * ```
 */
export function rulePeerRemove(doc: Doc, rule: RuleRef, peerIndex: number | null): Doc {
  const index = policyIndexOf(doc, rule.policy);
  const policy = doc.policies[index];
  const current = policy?.spec[rule.direction]?.[rule.ruleIndex];
  if (policy === undefined || current === undefined) return doc;
  const peers = 'from' in current ? current.from : 'to' in current ? current.to : undefined;
  const count = peers?.length ?? 0;
  let next: NetworkPolicy;
  if (peerIndex === null || count <= 1) {
    if (peerIndex !== null && peerIndex >= count) return doc;
    next = policyRuleRemove(policy, rule.direction, rule.ruleIndex);
  } else {
    if (peerIndex < 0 || peerIndex >= count) return doc;
    const key = rule.direction === 'ingress' ? 'from' : 'to';
    const kept = (peers ?? []).filter((_, i) => i !== peerIndex);
    const rules = (policy.spec[rule.direction] ?? []).map((r, i) =>
      i === rule.ruleIndex ? { ...r, [key]: kept } : r,
    );
    next = { ...policy, spec: { ...policy.spec, [rule.direction]: rules } };
  }
  return { ...doc, policies: listReplace(doc.policies, index, next) };
}
