/**
 * The oracle: a deliberately simple, per-pair NetworkPolicy evaluator written
 * straight from the `networking.k8s.io/v1` specification, with its own
 * selector and CIDR logic. It shares no code with the engine (only types), so
 * the two can check each other. It is slow (it walks every policy, rule, peer
 * and port for every pair) and meant to be read, not used.
 *
 * The rules it encodes, in order:
 * - A policy acts on pods of its own namespace (`default` when absent) that its
 *   `podSelector` matches. It isolates them for the directions in
 *   `policyTypes`; when that is absent: `Ingress`, plus `Egress` if `egress`
 *   holds at least one rule.
 * - A connection is allowed iff the source's egress allows it AND the
 *   destination's ingress allows it. A side that is not a pod, or a pod no
 *   policy isolates for that direction, allows everything.
 * - An isolated side allows the connection iff some rule of some isolating
 *   policy (for that direction) matches both the peer and the port.
 * - Absent or empty `from`/`to` = every peer; absent or empty `ports` = every
 *   port of every protocol.
 */
import type {
  ContainerPort,
  Doc,
  Labels,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  PodKey,
  PolicyType,
  Protocol,
  Workload,
} from '../../model';
import type { Endpoint } from '../verdict/verdict';
import { naiveParseCidr, naiveRangesOverlap, naiveRangeWithin } from './naiveCidr';
import { naiveSelectorMatches } from './naiveSelector';

/** A pod of the document, or an address outside the cluster (an IP, or a CIDR meaning every address of it). */
type Side = { readonly pod: Workload } | { readonly ip: string };

/**
 * Is a connection from `from` to `to` on `port`/`protocol` allowed?
 * An endpoint is an engine `Endpoint`, or a string: the `namespace/name` of a
 * workload of `doc` if there is one, otherwise an IP or CIDR outside the cluster.
 */
export function naiveAllowed(
  doc: Doc,
  from: Endpoint | PodKey | string,
  to: Endpoint | PodKey | string,
  port: number,
  protocol: Protocol,
): boolean {
  const src = sideOf(doc, from);
  const dst = sideOf(doc, to);
  const egressOk =
    !('pod' in src) || directionAllows(doc, src.pod, 'Egress', dst, dst, port, protocol);
  const ingressOk =
    !('pod' in dst) || directionAllows(doc, dst.pod, 'Ingress', src, dst, port, protocol);
  return egressOk && ingressOk;
}

function sideOf(doc: Doc, e: Endpoint | string): Side {
  if (typeof e !== 'string') {
    if (e.kind === 'ip') return { ip: e.ip };
    const pod = doc.workloads.find((w) => `${w.namespace}/${w.name}` === e.key);
    if (pod === undefined) throw new Error(`naiveAllowed: no workload ${e.key}`);
    return { pod };
  }
  const pod = doc.workloads.find((w) => `${w.namespace}/${w.name}` === e);
  return pod === undefined ? { ip: e } : { pod };
}

/** The check made on `pod` for one direction; `peer` is the other end, `dst` the destination. */
function directionAllows(
  doc: Doc,
  pod: Workload,
  direction: PolicyType,
  peer: Side,
  dst: Side,
  port: number,
  protocol: Protocol,
): boolean {
  const isolating = isolatingPolicies(doc, pod, direction);
  if (isolating.length === 0) return true;
  return isolating.some((p) =>
    rulesOf(p, direction).some(
      (r) =>
        (r.peers === undefined ||
          r.peers.length === 0 ||
          r.peers.some((x) => peerMatches(doc, p, x, peer))) &&
        (r.ports === undefined ||
          r.ports.length === 0 ||
          r.ports.some((x) => portMatches(x, dst, port, protocol))),
    ),
  );
}

/** The rules of `direction`, as peers (`from` or `to`) and ports. */
function rulesOf(
  p: NetworkPolicy,
  direction: PolicyType,
): { peers?: readonly NetworkPolicyPeer[]; ports?: readonly NetworkPolicyPort[] }[] {
  return direction === 'Ingress'
    ? (p.spec.ingress ?? []).map((r) => ({
        ...(r.from && { peers: r.from }),
        ...(r.ports && { ports: r.ports }),
      }))
    : (p.spec.egress ?? []).map((r) => ({
        ...(r.to && { peers: r.to }),
        ...(r.ports && { ports: r.ports }),
      }));
}

/** A rule that allows a connection, and which of its peers and port entries match it. */
export interface NaiveRuleMatch {
  readonly policy: { readonly namespace: string; readonly name: string };
  readonly ruleIndex: number;
  /** Indexes into `from`/`to` of the matching peers; null when the rule has no peers (every peer). */
  readonly peers: readonly number[] | null;
  /** Indexes into `ports` of the matching entries; null when the rule has no ports (every port). */
  readonly ports: readonly number[] | null;
}

/**
 * Every rule of the policies isolating one side (`Egress`: the source,
 * `Ingress`: the destination) that allows the connection; [] when that side
 * is not a pod or nothing isolates it.
 */
export function naiveRuleMatches(
  doc: Doc,
  from: Endpoint | PodKey | string,
  to: Endpoint | PodKey | string,
  port: number,
  protocol: Protocol,
  direction: PolicyType,
): NaiveRuleMatch[] {
  const src = sideOf(doc, from);
  const dst = sideOf(doc, to);
  const [self, other] = direction === 'Egress' ? [src, dst] : [dst, src];
  if (!('pod' in self)) return [];
  const where = <T>(xs: readonly T[] | undefined, ok: (x: T) => boolean): number[] | null =>
    xs === undefined || xs.length === 0 ? null : xs.flatMap((x, i) => (ok(x) ? [i] : []));
  return isolatingPolicies(doc, self.pod, direction).flatMap((p) =>
    rulesOf(p, direction).flatMap((r, ruleIndex) => {
      const peers = where(r.peers, (x) => peerMatches(doc, p, x, other));
      const ports = where(r.ports, (x) => portMatches(x, dst, port, protocol));
      if (peers?.length === 0 || ports?.length === 0) return [];
      return [
        {
          policy: { namespace: policyNamespace(p), name: p.metadata.name },
          ruleIndex,
          peers,
          ports,
        },
      ];
    }),
  );
}

/** The policies (document order) that select `pod` and list `direction` in their policyTypes. */
function isolatingPolicies(doc: Doc, pod: Workload, direction: PolicyType): NetworkPolicy[] {
  return doc.policies.filter(
    (p) =>
      policyNamespace(p) === pod.namespace &&
      naiveSelectorMatches(p.spec.podSelector, pod.labels) &&
      policyTypesOf(p).includes(direction),
  );
}

/** `{namespace, name}` of the policies isolating pod `key` for `direction`, in document order. */
export function naiveIsolatingPolicies(
  doc: Doc,
  key: PodKey | string,
  direction: PolicyType,
): { namespace: string; name: string }[] {
  const side = sideOf(doc, key);
  if (!('pod' in side)) throw new Error(`naiveIsolatingPolicies: no workload ${key}`);
  return isolatingPolicies(doc, side.pod, direction).map((p) => ({
    namespace: policyNamespace(p),
    name: p.metadata.name,
  }));
}

function policyNamespace(p: NetworkPolicy): string {
  return p.metadata.namespace;
}

/** `policyTypes` as the API server defaults it: `[Ingress]`, plus `Egress` when `egress` has a rule. */
function policyTypesOf(p: NetworkPolicy): readonly PolicyType[] {
  if (p.spec.policyTypes !== undefined && p.spec.policyTypes.length > 0) return p.spec.policyTypes;
  return (p.spec.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

function namespaceLabels(doc: Doc, name: string): Labels {
  const ns = doc.namespaces.find((n) => n.name === name);
  return ns?.labels ?? { 'kubernetes.io/metadata.name': name };
}

/**
 * One element of `from`/`to`:
 * - `ipBlock`: an outside address (every address of it) within `cidr` and no
 *   `except`; a pod when one of its IPs is.
 * - `podSelector` alone: pods of the policy's namespace.
 * - `namespaceSelector` alone: every pod of the matching namespaces.
 * - both in one element: the pod must match both (AND).
 * An element with none of the three is invalid and matches nothing here.
 */
function peerMatches(doc: Doc, p: NetworkPolicy, peer: NetworkPolicyPeer, other: Side): boolean {
  if (peer.ipBlock !== undefined) {
    const block = peer.ipBlock;
    const inBlock = (address: string): boolean => {
      const a = naiveParseCidr(address);
      const cidr = naiveParseCidr(block.cidr);
      if (a === null || cidr === null || !naiveRangeWithin(a, cidr)) return false;
      return (block.except ?? []).every((e) => {
        const x = naiveParseCidr(e);
        return x === null || !naiveRangesOverlap(a, x);
      });
    };
    return 'pod' in other ? other.pod.ips.some(inBlock) : inBlock(other.ip);
  }
  if (!('pod' in other)) return false;
  if (peer.podSelector === undefined && peer.namespaceSelector === undefined) return false;
  const pod = other.pod;
  const nsOk =
    peer.namespaceSelector === undefined
      ? pod.namespace === policyNamespace(p)
      : naiveSelectorMatches(peer.namespaceSelector, namespaceLabels(doc, pod.namespace));
  const podOk =
    peer.podSelector === undefined || naiveSelectorMatches(peer.podSelector, pod.labels);
  return nsOk && podOk;
}

/**
 * One entry of `ports`. `protocol` defaults to TCP (also for `{}`). A number
 * matches it (or the range up to `endPort`); a name matches when the
 * destination pod declares a container port of that name and protocol on that number.
 */
function portMatches(
  entry: NetworkPolicyPort,
  dst: Side,
  port: number,
  protocol: Protocol,
): boolean {
  if ((entry.protocol ?? 'TCP') !== protocol) return false;
  if (entry.port === undefined) return true;
  if (typeof entry.port === 'number') {
    return entry.endPort === undefined
      ? port === entry.port
      : port >= entry.port && port <= entry.endPort;
  }
  if (!('pod' in dst)) return false;
  const name = entry.port;
  return dst.pod.ports.some(
    (c: ContainerPort) => c.name === name && c.protocol === protocol && c.containerPort === port,
  );
}
