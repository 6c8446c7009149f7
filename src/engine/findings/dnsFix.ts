/**
 * The fix for egress isolation without DNS: the rule of the allow-dns-egress
 * template (`policyTemplates.ts`), given to exactly the pods that lack it.
 */
import type { Doc, Labels, NetworkPolicy, NetworkPolicyEgressRule } from '../../model';
import { NAMESPACE_NAME_LABEL } from '../../model';
import type { DocEdit } from '../edits/types';
import { policyNameFree } from '../edits/docParts';

export const DNS_NAMESPACE = 'kube-system';
export const KUBE_DNS_LABELS: Labels = { 'k8s-app': 'kube-dns' };
/** The rule of the allow-dns-egress template (`policyTemplates.ts`): kube-dns pods IN kube-system. */
const DNS_RULE: NetworkPolicyEgressRule = {
  to: [
    {
      podSelector: { matchLabels: KUBE_DNS_LABELS },
      namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: DNS_NAMESPACE } },
    },
  ],
  ports: [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ],
};

/**
 * The fix: when every pod of the namespace is isolated for egress, the
 * allow-dns-egress template (`podSelector: {}`); otherwise, for each policy
 * isolating an affected pod first, a policy with that same `podSelector` and
 * the DNS rule, so no pod that was free to open any connection becomes isolated.
 */
export function dnsFix(
  doc: Doc,
  namespace: string,
  isolators: readonly NetworkPolicy[],
  all: boolean,
): DocEdit {
  if (all && doc.namespaces.some((n) => n.name === namespace)) {
    return { type: 'applyTemplate', template: { kind: 'allowDnsEgress', namespace } };
  }
  let next = doc;
  const edits: DocEdit[] = isolators.map((q) => {
    const name = policyNameFree(next, namespace, `${q.metadata.name.slice(0, 240)}-allow-dns`);
    const edit: DocEdit = {
      type: 'addPolicy',
      policy: {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name, namespace },
        spec: { podSelector: q.spec.podSelector, policyTypes: ['Egress'], egress: [DNS_RULE] },
      },
    };
    next = { ...next, policies: [...next.policies, edit.policy] };
    return edit;
  });
  const [only] = edits;
  return edits.length === 1 && only !== undefined ? only : { type: 'batch', edits };
}
