/**
 * A policy that selects no workload of the document: it isolates nothing and
 * allows nothing, usually because of a typo in its `podSelector` or because it
 * sits in the wrong namespace (a policy selects pods of its own namespace only).
 *
 * ```yaml
 * metadata: {name: db-policy, namespace: prod}
 * spec: {podSelector: {matchLabels: {role: datbase}}}   # prod's db is labelled role=db
 * ```
 */
import type { Doc } from '../../model';
import { bitsetIsEmpty } from '../match/bitset';
import { describeSelector } from '../verdict/explain';
import type { Finding } from './types';
import { policyName, policySubject } from './text';
import type { PolicyIndex } from '../compile/policyIndex';

/** A finding for each policy whose `podSelector` matches no workload of the document. No fix: deleting is not ours to suggest. */
export function policySelectsNothing(doc: Doc, index: PolicyIndex): Finding[] {
  return index.policies.flatMap((compiled, p): Finding[] => {
    const policy = doc.policies[p];
    if (policy === undefined || !bitsetIsEmpty(compiled.selected)) return [];
    const { ref } = compiled;
    const inNamespace = index.cluster.podsByNamespace.get(ref.namespace)?.length ?? 0;
    const selector = describeSelector(policy.spec.podSelector);
    return [
      {
        id: `policySelectsNothing:${policyName(ref)}`,
        kind: 'policySelectsNothing',
        severity: inNamespace > 0 ? 'warning' : 'info',
        message:
          inNamespace > 0
            ? `${policyName(ref)} selects no workload: its podSelector ${selector} matches none of the ${inNamespace} workload${inNamespace === 1 ? '' : 's'} of namespace ${ref.namespace}.`
            : `${policyName(ref)} selects no workload: namespace ${ref.namespace} has none in the document.`,
        subjects: [policySubject(ref, 'spec.podSelector')],
        fix: null,
      },
    ];
  });
}
