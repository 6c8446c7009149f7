/**
 * A new NetworkPolicy from the "New policy" form: a name, a namespace and the
 * pods it selects — by default the labels of the namespace's first workload,
 * so that the policy selects something the user can see highlighted.
 *
 * A new policy lists `Ingress` and no ingress rule: the selected pods accept
 * no connection until a rule is added (what a policy without rules does).
 *
 * ```yaml
 * metadata: {name: web-policy, namespace: prod}
 * spec:
 *   podSelector: {matchLabels: {role: web}}
 *   policyTypes: [Ingress]
 *   ingress: []
 * ```
 */
import type { Doc, LabelSelector, NetworkPolicy, Workload } from '../../model';
import { DEFAULT_NAMESPACE } from '../../model';

/** The namespaces a new policy may go in (`default` in an empty design). */
export function namespaceChoices(doc: Doc): readonly string[] {
  const names = doc.namespaces.map((n) => n.name);
  return names.length === 0 ? [DEFAULT_NAMESPACE] : names;
}

export function workloadsIn(doc: Doc, namespace: string): readonly Workload[] {
  return doc.workloads.filter((w) => w.namespace === namespace);
}

/** The selector for one workload's pods (its labels), or every pod (`{}`) without labels. */
export function selectorOfWorkload(workload: Workload | undefined): LabelSelector {
  if (workload === undefined || Object.keys(workload.labels).length === 0) return {};
  return { matchLabels: workload.labels };
}

/** `<base>` when free in the namespace, else `<base>-2`, `<base>-3`, …. */
export function policyNameSuggestion(doc: Doc, namespace: string, base: string): string {
  const taken = new Set(
    doc.policies.filter((p) => p.metadata.namespace === namespace).map((p) => p.metadata.name),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The name first offered: after the workload it would select, else after the namespace. */
export function newPolicyName(doc: Doc, namespace: string, workload: Workload | undefined): string {
  return policyNameSuggestion(doc, namespace, `${workload?.name ?? namespace}-policy`);
}

export function policyNew(
  name: string,
  namespace: string,
  podSelector: LabelSelector,
): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: name.trim(), namespace },
    spec: { podSelector, policyTypes: ['Ingress'], ingress: [] },
  };
}
