/**
 * Least-privilege policies from observed traffic: one policy per workload
 * seen (or per set of workloads no selector tells apart), isolating it for
 * ingress and egress, whose rules allow exactly the connections observed
 * into and out of it, peers by the fewest labels that single them out
 * (`singleOutSelector`), namespaces by `kubernetes.io/metadata.name`, plus
 * DNS lookups at kube-dns (and, when the proposal isolates kube-dns itself,
 * an `allow-dns` policy that keeps it answering every pod); optionally a
 * default deny per namespace. Where
 * the proposal allows more than was observed, `broader` says what and why.
 *
 * ```yaml
 * # observed: shop/web -> shop/api 8080/TCP, shop/api -> 203.0.113.9 443/TCP
 * metadata: {name: api, namespace: shop}
 * spec:
 *   podSelector: {matchLabels: {app: api}}
 *   policyTypes: [Ingress, Egress]
 *   ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{protocol: TCP, port: 8080}]}]
 *   egress:
 *     - {to: [{ipBlock: {cidr: 203.0.113.9/32}}], ports: [{protocol: TCP, port: 443}]}
 *     - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}},
 *             podSelector: {matchLabels: {k8s-app: kube-dns}}}]
 *       ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
 * ```
 */
import type {
  Doc,
  LabelSelector,
  Labels,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  ObservedConnection,
  PodKey,
  Workload,
} from '../../model';
import { NAMESPACE_NAME_LABEL, podKeyOf } from '../../model';
import { ipRangeParse, rangeContains } from '../match/cidr';
import { selectorMatches } from '../match/selector';
import { namesJoin } from '../text/namesJoin';
import { describeSelector } from '../verdict/explain';
import { connectionsResolve, resolverFor } from './observedEnds';
import type { PeerPorts } from './policyRules';
import { peerPortAdd, podPeer, rulesOf } from './policyRules';
import { singleOutSelector } from './singleOut';
import { labelsKey, stableLabels } from './stableLabels';
import type { Broader, GenerateOptions, ProposalResult, ResolvedEnd } from './types';

/** Where DNS lookups go: the cluster DNS of every common distribution carries this label. */
export const KUBE_DNS_PEER: NetworkPolicyPeer = {
  namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: 'kube-system' } },
  podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
};

export const DNS_RULE: NetworkPolicyEgressRule = {
  to: [KUBE_DNS_PEER],
  ports: [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ],
};

/** The peer of every pod in the cluster: what kube-dns answers. */
const EVERY_POD: NetworkPolicyPeer = { namespaceSelector: {} };

/**
 * Keeps kube-dns answering every pod once the proposal isolates it for
 * ingress (it was seen receiving traffic, or a default deny covers
 * kube-system): without it, only the pods seen looking names up could.
 */
function allowDnsPolicy(name: string): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: 'kube-system' },
    spec: {
      podSelector: KUBE_DNS_PEER.podSelector ?? {},
      policyTypes: ['Ingress'],
      ingress: [{ from: [EVERY_POD], ports: DNS_RULE.ports ?? [] }],
    },
  };
}

/** The kube-dns pods of `doc`: in kube-system, labelled as `KUBE_DNS_PEER` selects. */
function dnsPodsOf(doc: Doc): Workload[] {
  const kubeSystem = doc.namespaces.find((n) => n.name === 'kube-system')?.labels ?? {};
  if (!selectorMatches(KUBE_DNS_PEER.namespaceSelector ?? {}, kubeSystem)) return [];
  return doc.workloads.filter(
    (w) =>
      w.namespace === 'kube-system' && selectorMatches(KUBE_DNS_PEER.podSelector ?? {}, w.labels),
  );
}

/** Workloads of one namespace with the same labels: one policy, one selector. */
interface LabelClass {
  readonly namespace: string;
  readonly labels: Labels;
  readonly members: PodKey[];
  selector?: LabelSelector;
  ingress?: PeerPorts;
  egress?: PeerPorts;
}

function classesOf(doc: Doc): Map<PodKey, LabelClass> {
  const byLabels = new Map<string, LabelClass>();
  const classOf = new Map<PodKey, LabelClass>();
  for (const w of doc.workloads) {
    const labels = stableLabels(w.labels);
    const key = `${w.namespace}\u0000${labelsKey(labels)}`;
    const found = byLabels.get(key) ?? { namespace: w.namespace, labels, members: [] };
    byLabels.set(key, found);
    const pod = podKeyOf(w.namespace, w.name);
    found.members.push(pod);
    classOf.set(pod, found);
  }
  return classOf;
}

function selectorOf(c: LabelClass, classes: Iterable<LabelClass>): LabelSelector {
  if (c.selector !== undefined) return c.selector;
  const others = new Set<LabelClass>();
  for (const o of classes) if (o !== c && o.namespace === c.namespace) others.add(o);
  c.selector = singleOutSelector(
    c.labels,
    [...others].map((o) => o.labels),
  );
  return c.selector;
}

function nameOf(key: PodKey): string {
  return key.slice(key.indexOf('/') + 1);
}

/** A name no other policy of the namespace has, at most 253 characters. */
function uniqueName(base: string, taken: Set<string>): string {
  const cut = base.slice(0, 240).replace(/[-.]+$/, '');
  let name = cut;
  for (let i = 2; taken.has(name); i++) name = `${cut}-${i}`;
  taken.add(name);
  return name;
}

function policyOf(
  namespace: string,
  name: string,
  podSelector: LabelSelector,
  ingress: NetworkPolicyIngressRule[],
  egress: NetworkPolicyEgressRule[],
): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec: { podSelector, policyTypes: ['Ingress', 'Egress'], ingress, egress },
  };
}

export function proposePolicies(
  design: Doc,
  observed: readonly ObservedConnection[],
  options: GenerateOptions = {},
): ProposalResult {
  const resolver = resolverFor(design, options);
  const { connections, issues } = connectionsResolve(resolver, observed);
  if (issues.length > 0) return { ok: false, issues };
  const { doc, added } = resolver.finish();
  const classOf = classesOf(doc);
  const classes = new Set(classOf.values());
  const classAt = (key: PodKey) => {
    const c = classOf.get(key);
    if (c === undefined) throw new Error(`no workload ${key}`);
    return c;
  };
  const peerOf = (end: ResolvedEnd, policyNamespace: string): NetworkPolicyPeer => {
    if (end.kind === 'ip') return { ipBlock: { cidr: end.cidr } };
    const c = classAt(end.key);
    return podPeer(selectorOf(c, classes), c.namespace, policyNamespace);
  };

  const seen: LabelClass[] = [];
  const see = (c: LabelClass) => {
    if (c.ingress === undefined) {
      c.ingress = new Map();
      c.egress = new Map();
      seen.push(c);
    }
    return c;
  };
  for (const { from, to, port, protocol } of connections) {
    if (to.kind === 'pod') {
      const c = see(classAt(to.key));
      peerPortAdd(c.ingress ?? (new Map() as PeerPorts), peerOf(from, c.namespace), port, protocol);
    }
    if (from.kind === 'pod') {
      const c = see(classAt(from.key));
      peerPortAdd(c.egress ?? (new Map() as PeerPorts), peerOf(to, c.namespace), port, protocol);
    }
  }

  const taken = new Map<string, Set<string>>();
  const takenIn = (ns: string) => taken.get(ns) ?? taken.set(ns, new Set()).get(ns) ?? new Set();
  const namespacesWithPods = [...new Set(doc.workloads.map((w) => w.namespace))];
  const policies: NetworkPolicy[] = [];
  if (options.defaultDeny === true) {
    for (const ns of namespacesWithPods) {
      policies.push(policyOf(ns, uniqueName('default-deny', takenIn(ns)), {}, [], [DNS_RULE]));
    }
  }
  const order = new Map(doc.workloads.map((w, i) => [podKeyOf(w.namespace, w.name), i]));
  const rank = (c: LabelClass) => order.get(c.members[0] ?? ('' as PodKey)) ?? 0;
  const ordered = [...seen].sort((a, b) => rank(a) - rank(b));
  for (const c of ordered) {
    const ingress = rulesOf(c.ingress ?? (new Map() as PeerPorts)).map(({ peers, ports }) => ({
      from: peers,
      ports,
    }));
    const egress = rulesOf(c.egress ?? (new Map() as PeerPorts)).map(({ peers, ports }) => ({
      to: peers,
      ports,
    }));
    const name = uniqueName(nameOf(c.members[0] ?? ('' as PodKey)), takenIn(c.namespace));
    policies.push(
      policyOf(c.namespace, name, selectorOf(c, classes), ingress, [...egress, DNS_RULE]),
    );
  }

  const dnsIsolated = dnsPodsOf(doc).some((w) =>
    policies.some(
      (p) => p.metadata.namespace === w.namespace && selectorMatches(p.spec.podSelector, w.labels),
    ),
  );
  if (dnsIsolated) policies.push(allowDnsPolicy(uniqueName('allow-dns', takenIn('kube-system'))));

  const proposalDoc: Doc = { ...doc, policies };
  return {
    ok: true,
    proposal: {
      policies,
      doc: proposalDoc,
      added,
      connections,
      broader: broaderOf(proposalDoc, ordered, resolver.blockIps, options, {
        namespacesWithPods,
        dnsIsolated,
      }),
    },
  };
}

function broaderOf(
  doc: Doc,
  seen: readonly LabelClass[],
  blockIps: ReadonlyMap<string, ReadonlySet<string>>,
  options: GenerateOptions,
  {
    namespacesWithPods,
    dnsIsolated,
  }: { namespacesWithPods: readonly string[]; dnsIsolated: boolean },
): Broader[] {
  const broader: Broader[] = [];
  const deny = options.defaultDeny === true;
  const restricted = new Set(seen.flatMap((c) => c.members));
  const every = doc.workloads.map((w) => podKeyOf(w.namespace, w.name));
  const isolated = every.filter((key) => deny || restricted.has(key));
  const dnsPods = dnsPodsOf(doc).map((w) => podKeyOf(w.namespace, w.name));
  if (dnsIsolated) {
    // kube-dns answers every pod: those the proposal leaves open as well.
    broader.push({
      kind: 'dns',
      workloads: every,
      to: dnsPods,
      message:
        'DNS keeps working: every pod may look names up at kube-dns (kube-system, ' +
        'k8s-app=kube-dns) on UDP and TCP 53, observed or not; the proposal isolates kube-dns, ' +
        'so its allow-dns policy lets lookups in from every namespace',
    });
  } else if (isolated.length > 0) {
    broader.push({
      kind: 'dns',
      workloads: isolated,
      to: dnsPods,
      message:
        'DNS keeps working: every workload the proposal isolates for egress may look names up ' +
        'at kube-dns (kube-system, k8s-app=kube-dns) on UDP and TCP 53, observed or not' +
        (dnsPods.length === 0 ? ' (the design has no such pod)' : ''),
    });
  }
  for (const c of seen) {
    if (c.members.length < 2) continue;
    const labels = describeSelector({ matchLabels: c.labels });
    broader.push({
      kind: 'sameLabels',
      workloads: c.members,
      message:
        `${namesJoin(c.members, 5)} have the same labels (${labels === '' ? 'none' : labels}): ` +
        'no selector tells them apart, so each is allowed what any of them was seen doing',
    });
  }
  for (const [cidr, ips] of blockIps) {
    const range = ipRangeParse(cidr);
    const single = range !== null && range.first === range.last;
    const pods = doc.workloads
      .filter((w) =>
        w.ips.some((ip) => {
          const inner = ipRangeParse(ip);
          return range !== null && inner !== null && rangeContains(range, inner);
        }),
      )
      .map((w) => podKeyOf(w.namespace, w.name));
    if (single && pods.length === 0) continue;
    const observedIps = [...ips];
    broader.push({
      kind: 'cidrBlock',
      cidr,
      ips: observedIps,
      pods,
      message:
        `${cidr} stands for ${namesJoin(observedIps, 5)}: every address in it is allowed the same` +
        (pods.length > 0 ? `, and so are ${namesJoin(pods, 5)}, whose IPs are in it` : ''),
    });
  }
  if (!deny) {
    const open = doc.workloads
      .map((w) => podKeyOf(w.namespace, w.name))
      .filter((key) => !restricted.has(key));
    if (open.length > 0) {
      broader.push({
        kind: 'unrestricted',
        workloads: open,
        message:
          `no connection of ${namesJoin(open, 5)} was observed: no policy restricts ` +
          `${open.length === 1 ? 'it' : 'them'} (a default deny per namespace would isolate ` +
          `every pod of ${namesJoin(namespacesWithPods, 5)})`,
      });
    }
  }
  return broader;
}
