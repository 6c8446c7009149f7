/**
 * The rule a drawn flow writes, and the policy that receives it. Peers are
 * written from labels, the way a person would write them by hand:
 *
 * ```yaml
 * # prod/web -> prod/api on TCP 5000, written on api's side:
 * metadata: {name: api-ingress, namespace: prod}
 * spec:
 *   podSelector: {matchLabels: {app: api}}        # all of api's labels
 *   policyTypes: [Ingress]
 *   ingress:
 *     - from: [{podSelector: {matchLabels: {app: web}}}]   # all of web's labels
 *       ports: [{protocol: TCP, port: 5000}]
 * # from another namespace, ONE element with both selectors (AND):
 *     - from:
 *         - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}
 *           podSelector: {matchLabels: {app: web}}
 * # from or to an external endpoint: {ipBlock: {cidr: 192.168.5.10/32}}
 * ```
 */
import type {
  Doc,
  Labels,
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  Workload,
} from '../../model';
import { NAMESPACE_NAME_LABEL } from '../../model';
import { ipRangeParse } from '../match/cidr';
import type { FlowPort } from '../edits/types';
import { policyRefOf } from '../edits/docParts';
import { flowMarksOf } from './marks';
import { effectivePolicyTypes } from '../compile/policyPlan';
import { selectorIsEmpty, selectorMatches } from '../match/selector';

/** Labels with keys sorted (the order the importer gives them). */
export function labelsSorted(labels: Labels): Labels {
  return Object.fromEntries(
    Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

export function selectorOfLabels(labels: Labels): LabelSelector {
  return { matchLabels: labelsSorted(labels) };
}

export function namespaceSelectorOf(namespace: string): LabelSelector {
  return { matchLabels: { [NAMESPACE_NAME_LABEL]: namespace } };
}

/** An IP alone is one host: `/32` for IPv4, `/128` for IPv6; a CIDR stays as written; null if neither. */
export function cidrOfAddress(address: string): string | null {
  const range = ipRangeParse(address);
  if (range === null) return null;
  if (address.includes('/')) return address;
  return `${address}/${range.family === 4 ? 32 : 128}`;
}

/** The peer that stands for `workload`, seen from a policy of `policyNamespace`. */
export function workloadPeer(workload: Workload, policyNamespace: string): NetworkPolicyPeer {
  const podSelector = selectorOfLabels(workload.labels);
  return workload.namespace === policyNamespace
    ? { podSelector }
    : { podSelector, namespaceSelector: namespaceSelectorOf(workload.namespace) };
}

export function rulePorts(ports: readonly FlowPort[]): NetworkPolicyPort[] {
  return ports.map((p) => ({
    protocol: p.protocol,
    ...(p.port === undefined ? {} : { port: p.port }),
    ...(p.endPort === undefined ? {} : { endPort: p.endPort }),
  }));
}

/**
 * A policy "of" this workload: it isolates `direction`, lives in the
 * workload's namespace, and its non-empty `podSelector` selects the workload
 * and no other workload of the namespace. Adding a rule to it cannot open
 * anything for other pods. Preferred: one that already holds drawn flows, then
 * one named `<workload>-<direction>`, then the first in document order.
 */
export function policyOfWorkload(
  doc: Doc,
  workload: Workload,
  direction: 'ingress' | 'egress',
): NetworkPolicy | undefined {
  const neighbours = doc.workloads.filter(
    (w) => w.namespace === workload.namespace && w !== workload,
  );
  const candidates = doc.policies.filter((p) => {
    if (policyRefOf(p).namespace !== workload.namespace) return false;
    if (!effectivePolicyTypes(p.spec)[direction]) return false;
    const selector = p.spec.podSelector;
    return (
      !selectorIsEmpty(selector) &&
      selectorMatches(selector, workload.labels) &&
      !neighbours.some((w) => selectorMatches(selector, w.labels))
    );
  });
  return (
    candidates.find((p) => flowMarksOf(p).length > 0) ??
    candidates.find((p) => p.metadata.name === `${workload.name}-${direction}`) ??
    candidates[0]
  );
}
