/**
 * Egress isolation without a DNS allowance. A pod isolated for egress may
 * open only the connections its rules allow; without a rule to the cluster's
 * DNS (UDP 53) it cannot resolve a single name, which breaks almost every
 * application. The classic mistake right after a default deny:
 *
 * ```yaml
 * metadata: {name: default-deny-egress, namespace: prod}
 * spec: {podSelector: {}, policyTypes: [Egress]}     # prod can no longer resolve names
 * ```
 *
 * The DNS servers are the kube-dns pods (`k8s-app: kube-dns` in kube-system),
 * assumed present even when the document leaves kube-system out, and every
 * pod of the document labelled so or declaring UDP 53 (those are not
 * flagged themselves). A rule counts when it lets the pod reach one of them
 * on UDP 53 (a named port resolved on the server, as `port: dns`).
 */
import type {
  ContainerPort,
  Doc,
  Labels,
  NetworkPolicy,
  NetworkPolicyEgressRule,
} from '../../model';
import { bitsetHas } from '../match/bitset';
import { namespaceLabelsOf } from '../compile/clusterIndex';
import type { CompiledRule } from '../compile/compiledPolicy';
import { policyRefOf } from '../edits/docParts';
import { DNS_NAMESPACE, KUBE_DNS_LABELS, dnsFix } from './dnsFix';
import type { Finding } from './types';
import { namesJoin } from '../text/namesJoin';
import { policyName, policySubject, workloadName, workloadSubject } from './text';
import type { PolicyIndex } from '../compile/policyIndex';
import { portsFirstMatch } from '../match/ports';
import { selectorMatches } from '../match/selector';

/** The ports CoreDNS (and kube-dns) declare, so a named rule port (`port: dns`) is judged too. */
const KUBE_DNS_PORTS: readonly ContainerPort[] = [
  { name: 'dns', containerPort: 53, protocol: 'UDP' },
  { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
  { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
];

/** A DNS server a rule may reach: the usual kube-dns pods, or a DNS pod of the document. */
interface DnsTarget {
  readonly namespace: string;
  readonly namespaceLabels: Labels;
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
  /** The pod's index, or null for the kube-dns pods a document usually leaves out. */
  readonly pod: number | null;
}

function isDnsServer(labels: Labels, ports: readonly ContainerPort[]): boolean {
  return (
    labels['k8s-app'] === 'kube-dns' ||
    ports.some((p) => p.containerPort === 53 && p.protocol === 'UDP')
  );
}

function dnsTargets(doc: Doc, index: PolicyIndex): DnsTarget[] {
  const kubeSystem = doc.namespaces.find((n) => n.name === DNS_NAMESPACE);
  const targets: DnsTarget[] = [
    {
      namespace: DNS_NAMESPACE,
      namespaceLabels: namespaceLabelsOf(DNS_NAMESPACE, kubeSystem),
      labels: KUBE_DNS_LABELS,
      ports: KUBE_DNS_PORTS,
      pod: null,
    },
  ];
  index.cluster.workloads.forEach((w, pod) => {
    if (!isDnsServer(w.labels, w.ports)) return;
    const labels = index.cluster.namespaceLabels.get(w.namespace) ?? {};
    targets.push({
      namespace: w.namespace,
      namespaceLabels: labels,
      labels: w.labels,
      ports: w.ports,
      pod,
    });
  });
  return targets;
}

/**
 * Whether one egress rule lets its pods reach `target` on UDP 53. An ipBlock
 * counts when the rule names UDP 53 explicitly (a node-local DNS cache, a
 * resolver outside the cluster) or the block is every address (`/0`).
 */
function ruleReaches(
  raw: NetworkPolicyEgressRule,
  rule: CompiledRule,
  namespace: string,
  target: DnsTarget,
): boolean {
  if (rule.ports !== null && portsFirstMatch(rule.ports, 53, 'UDP', target.ports) < 0) return false;
  if (rule.peers === null) return true;
  if (target.pod !== null && bitsetHas(rule.peerPods, target.pod)) return true;
  const names53 =
    rule.ports?.some(
      (m) => m.kind === 'range' && m.protocol === 'UDP' && m.port <= 53 && 53 <= m.endPort,
    ) ?? false;
  return (raw.to ?? []).some((peer) => {
    if (peer.ipBlock !== undefined) return names53 || /\/0$/.test(peer.ipBlock.cidr.trim());
    if (peer.namespaceSelector !== undefined) {
      return (
        selectorMatches(peer.namespaceSelector, target.namespaceLabels) &&
        (peer.podSelector === undefined || selectorMatches(peer.podSelector, target.labels))
      );
    }
    return (
      peer.podSelector !== undefined &&
      namespace === target.namespace &&
      selectorMatches(peer.podSelector, target.labels)
    );
  });
}

function policyReachesDns(
  policy: NetworkPolicy,
  rules: readonly CompiledRule[],
  targets: readonly DnsTarget[],
): boolean {
  const { namespace } = policyRefOf(policy);
  return rules.some((rule, r) => {
    const raw = policy.spec.egress?.[r] ?? {};
    return targets.some((t) => ruleReaches(raw, rule, namespace, t));
  });
}

export function egressWithoutDns(doc: Doc, index: PolicyIndex): Finding[] {
  const targets = dnsTargets(doc, index);
  const { groups, groupOf } = index.egress;
  const groupOk = groups.map((g) =>
    g.policies.some((p) => {
      const policy = doc.policies[p];
      const rules = index.policies[p]?.egress;
      return policy !== undefined && rules != null && policyReachesDns(policy, rules, targets);
    }),
  );
  const byNamespace = new Map<string, number[]>();
  index.cluster.workloads.forEach((w, pod) => {
    const g = groupOf[pod] ?? -1;
    if (g < 0 || groupOk[g] === true || isDnsServer(w.labels, w.ports)) return;
    const list = byNamespace.get(w.namespace);
    if (list === undefined) byNamespace.set(w.namespace, [pod]);
    else list.push(pod);
  });
  return [...byNamespace].map(([namespace, pods]): Finding => {
    const workloads = pods.flatMap((pod) => index.cluster.workloads[pod] ?? []);
    const firsts = [...new Set(pods.map((pod) => groups[groupOf[pod] ?? -1]?.policies[0] ?? -1))];
    const isolators = firsts.flatMap((p) => doc.policies[p] ?? []);
    const policies = [
      ...new Set(pods.flatMap((pod) => groups[groupOf[pod] ?? -1]?.policies ?? [])),
    ].flatMap((p) => doc.policies[p] ?? []);
    const all = (index.cluster.podsByNamespace.get(namespace) ?? []).every(
      (pod) => (groupOf[pod] ?? -1) >= 0,
    );
    const fix = dnsFix(doc, namespace, isolators, all);
    const many = workloads.length > 1;
    return {
      id: `egressWithoutDns:${namespace}`,
      kind: 'egressWithoutDns',
      severity: 'warning',
      message: `${namesJoin(workloads.map(workloadName))} ${many ? 'are' : 'is'} isolated for egress (by ${namesJoin(policies.map((p) => policyName(policyRefOf(p))))}) with no rule to DNS on UDP 53, so ${many ? 'they' : 'it'} cannot resolve names.`,
      subjects: [
        { kind: 'namespace', name: namespace },
        ...workloads.map(workloadSubject),
        ...policies.map((p) => policySubject(policyRefOf(p))),
      ],
      fix,
      fixLabel:
        fix.type === 'applyTemplate'
          ? `Add allow-dns-egress to namespace ${namespace}`
          : `Allow DNS egress for the pods ${namesJoin(isolators.map((q) => policyName(policyRefOf(q))))} ${isolators.length > 1 ? 'select' : 'selects'}`,
    };
  });
}
