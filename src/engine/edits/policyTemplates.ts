/**
 * One-click policies for a namespace. Each is an ordinary NetworkPolicy the
 * user can then edit; applying the same template twice adds nothing.
 */
import type { Doc, NetworkPolicy, NetworkPolicySpec, PolicyType } from '../../model';
import { NAMESPACE_NAME_LABEL } from '../../model';
import { dataEqual } from './dataEqual';
import type { PolicyTemplate } from './types';
import { policyNameFree, policyRefOf } from './docParts';
import { policyAdd } from './policy';

function policyNew(namespace: string, name: string, spec: NetworkPolicySpec): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec,
  };
}

/**
 * Default deny: `podSelector: {}` selects every pod of the namespace, and a
 * direction listed in `policyTypes` without rules allows nothing.
 *
 * ```yaml
 * metadata: {name: default-deny-ingress}     # -egress, or default-deny-all for both
 * spec: {podSelector: {}, policyTypes: [Ingress]}
 * ```
 */
function defaultDeny(policyTypes: readonly PolicyType[]): {
  name: string;
  spec: NetworkPolicySpec;
} {
  const ingress = policyTypes.includes('Ingress');
  const egress = policyTypes.includes('Egress');
  const types: PolicyType[] = [
    ...(ingress ? ['Ingress' as const] : []),
    ...(egress ? ['Egress' as const] : []),
  ];
  const name =
    ingress && egress
      ? 'default-deny-all'
      : egress
        ? 'default-deny-egress'
        : 'default-deny-ingress';
  return { name, spec: { podSelector: {}, policyTypes: types.length > 0 ? types : ['Ingress'] } };
}

/**
 * DNS for every pod of the namespace once egress is denied: UDP and TCP 53 to
 * the kube-dns pods of kube-system. Both selectors sit in ONE `to` element, so
 * both must match (kube-dns pods IN kube-system, not every pod of kube-system).
 *
 * ```yaml
 * metadata: {name: allow-dns-egress}
 * spec:
 *   podSelector: {}
 *   policyTypes: [Egress]
 *   egress:
 *     - to:
 *         - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
 *           podSelector: {matchLabels: {k8s-app: kube-dns}}
 *       ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
 * ```
 */
const DNS_EGRESS: NetworkPolicySpec = {
  podSelector: {},
  policyTypes: ['Egress'],
  egress: [
    {
      to: [
        {
          podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: 'kube-system' } },
        },
      ],
      ports: [
        { protocol: 'UDP', port: 53 },
        { protocol: 'TCP', port: 53 },
      ],
    },
  ],
};

/**
 * Every pod of `namespace` accepts every connection from pods of `from`.
 * Note that this policy, like any policy listing Ingress, also isolates the
 * pods it selects: connections from elsewhere need another rule.
 *
 * ```yaml
 * metadata: {name: allow-from-monitoring}
 * spec:
 *   podSelector: {}
 *   policyTypes: [Ingress]
 *   ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}]}]
 * ```
 */
function allowFromNamespace(from: string): NetworkPolicySpec {
  return {
    podSelector: {},
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: from } } }] }],
  };
}

function templatePolicy(template: PolicyTemplate): { name: string; spec: NetworkPolicySpec } {
  switch (template.kind) {
    case 'defaultDeny':
      return defaultDeny(template.policyTypes);
    case 'allowDnsEgress':
      return { name: 'allow-dns-egress', spec: DNS_EGRESS };
    case 'allowFromNamespace':
      return { name: `allow-from-${template.from}`, spec: allowFromNamespace(template.from) };
  }
}

/**
 * Adds the template's policy to its namespace. Nothing happens when the
 * namespace is not in the document, or when a policy of that namespace
 * already has the same spec; a name in use gets a `-2`, `-3`, … suffix.
 */
export function templateApply(doc: Doc, template: PolicyTemplate): Doc {
  const { namespace } = template;
  if (!doc.namespaces.some((n) => n.name === namespace)) return doc;
  const { name, spec } = templatePolicy(template);
  const same = doc.policies.some(
    (p) => policyRefOf(p).namespace === namespace && dataEqual(p.spec, spec),
  );
  if (same) return doc;
  return policyAdd(doc, policyNew(namespace, policyNameFree(doc, namespace, name), spec));
}
