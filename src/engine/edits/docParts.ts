/**
 * Small pure helpers shared by the edits: finding a policy by reference,
 * replacing one element of a list while keeping every other element's
 * identity (so the incremental evaluator reuses their compiled form), and
 * keeping the document's invariant that every namespace in use is listed.
 */
import type { Doc, Namespace, NetworkPolicy } from '../../model';
import { NAMESPACE_NAME_LABEL } from '../../model';
import type { PolicyRef } from '../verdict/verdict';

/** A policy's namespace and name. */
export function policyRefOf(policy: NetworkPolicy): PolicyRef {
  return { namespace: policy.metadata.namespace, name: policy.metadata.name };
}

export function policyIs(policy: NetworkPolicy, ref: PolicyRef): boolean {
  const own = policyRefOf(policy);
  return own.namespace === ref.namespace && own.name === ref.name;
}

/** The index of the policy `ref` in `doc.policies`, or -1. */
export function policyIndexOf(doc: Doc, ref: PolicyRef): number {
  return doc.policies.findIndex((p) => policyIs(p, ref));
}

/** `list` with element `index` replaced (the same array when it is the same element). */
export function listReplace<T>(list: readonly T[], index: number, item: T): readonly T[] {
  if (list[index] === item) return list;
  const next = list.slice();
  next[index] = item;
  return next;
}

/** A namespace as the API server creates it: labelled `kubernetes.io/metadata.name: <name>`. */
export function namespaceNew(
  name: string,
  labels: Readonly<Record<string, string>> = {},
): Namespace {
  return { name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name } };
}

/** The namespaces with `name` appended when it is not there yet (the same array otherwise). */
export function namespacesWith(
  namespaces: readonly Namespace[],
  name: string,
): readonly Namespace[] {
  return namespaces.some((n) => n.name === name) ? namespaces : [...namespaces, namespaceNew(name)];
}

/**
 * `base` when no policy of `namespace` has that name, else the first free
 * `base-2`, `base-3`, ….
 */
export function policyNameFree(doc: Doc, namespace: string, base: string): string {
  const taken = new Set(
    doc.policies.filter((p) => policyRefOf(p).namespace === namespace).map((p) => p.metadata.name),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base}-${n}`;
    if (!taken.has(name)) return name;
  }
}
