/**
 * The three-tier cluster (`threeTier.ts`) as the edit tests start from it:
 * `prod/db-policy` admits prod's api pod and whatever else a test adds to its
 * one ingress rule; `prod/api-policy` and `dev/dev-deny` isolate for ingress.
 */
import type { Doc, NetworkPolicy, NetworkPolicyIngressRule } from '../../../model';
import { netpol } from './objects';
import { threeTierCluster } from './threeTier';

/** Pods named api-pod in namespace prod (both selectors in one element: AND). */
export const FROM_PROD_API_POD = {
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'prod' } },
  podSelector: { matchLabels: { name: 'api-pod' } },
};

/** `prod/db-policy`, selecting role=db, with `rule` as its one ingress rule. */
export function dbPolicyWith(rule: NetworkPolicyIngressRule): NetworkPolicy {
  return netpol('prod', 'db-policy', {
    podSelector: { matchLabels: { role: 'db' } },
    policyTypes: ['Ingress'],
    ingress: [rule],
  });
}

const API_POLICY = netpol('prod', 'api-policy', {
  podSelector: { matchLabels: { role: 'api' } },
  policyTypes: ['Ingress'],
});
const DEV_POLICY = netpol('dev', 'dev-deny', { podSelector: {}, policyTypes: ['Ingress'] });

/** The three-tier cluster with `db` (from `dbPolicyWith`), `prod/api-policy` and `dev/dev-deny`. */
export function threeTierForEdits(db: NetworkPolicy): Doc {
  return threeTierCluster([db, API_POLICY, DEV_POLICY]);
}
