/**
 * Which workloads a policy applies to, in one sentence under its picked
 * entry: a policy whose podSelector matches no workload does nothing, and
 * the list says so rather than leaving the reader to look for its pods.
 */
import { describeSelector, namesJoin } from '../../engine';
import type { NetworkPolicy, PodKey } from '../../model';

export function policyAppliesTo(policy: NetworkPolicy, pods: readonly PodKey[]): string {
  const namespace = policy.metadata.namespace;
  if (pods.length === 0) {
    const selector = describeSelector(policy.spec.podSelector);
    return selector === ''
      ? `Applies to no workload: ${namespace} has none.`
      : `Applies to no workload: none in ${namespace} has ${selector}.`;
  }
  const names = pods.map((key) => key.slice(namespace.length + 1));
  const count = pods.length === 1 ? '1 workload' : `${String(pods.length)} workloads`;
  return `Applies to ${count} in ${namespace}: ${namesJoin(names, 5)}.`;
}
