/**
 * The verdict of a canvas edge: the connections it stands for, each checked
 * with `isTrafficAllowed`, summed up as allowed, blocked or partly blocked,
 * with a one-line reason built from the verdict (never evaluated twice).
 */
import type { Doc, NetworkPolicyPort, Protocol } from '../model';
import { podKeyOf } from '../model';
import { ipRangeParse } from './cidr';
import type { FlowEnd } from './docEdit';
import { isTrafficAllowed } from './evaluate';
import { ANYWHERE_IP } from './flowProbe';
import type { PolicyIndex } from './policyIndex';
import type { Endpoint, RuleHit, Traffic, Verdict } from './verdict';

export type FlowStatus = 'allowed' | 'blocked' | 'partial';

/** One connection checked for an edge: the traffic (hand it to `explainVerdict`) and its answer. */
export interface FlowCheck {
  readonly verdict: Verdict;
  /** false when the traffic is a stand-in for "every port" (its `port` is 0). */
  readonly concretePort: boolean;
}

export interface FlowVerdict {
  readonly status: FlowStatus;
  /** `allowed by api-ingress ingress[0]` / `blocked: prod/web is egress-isolated by …`. */
  readonly reason: string;
  /** A blocked connection when there is one, else an allowed one; null when nothing was checked. */
  readonly sample: FlowCheck | null;
}

/** At most this many connections are checked for one edge (enough to tell allowed from partial). */
export const FLOW_CHECK_LIMIT = 1024;

const MAX_IPV6 = (1n << 128n) - 1n;

function addressText(family: 4 | 6, value: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join('.');
  return [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n]
    .map((s) => ((value >> s) & 0xffffn).toString(16))
    .join(':');
}

/** An address of `cidr` outside every `except` (the block's first such address), or null. */
export function ipBlockAddress(cidr: string, except: readonly string[] = []): string | null {
  const range = ipRangeParse(cidr);
  if (range === null) return null;
  if (except.length === 0) return cidr;
  const holes = except.map(ipRangeParse).filter((r) => r !== null);
  const candidates = [range.first, ...holes.map((h) => h.last + 1n)];
  const free = candidates.find(
    (a) =>
      a >= range.first &&
      a <= range.last &&
      a <= MAX_IPV6 &&
      !holes.some((h) => h.family === range.family && h.first <= a && a <= h.last),
  );
  return free === undefined ? null : addressText(range.family, free);
}

/** The engine endpoints behind a node (every pod of a namespace); empty when none. */
export function endpointsOf(doc: Doc, index: PolicyIndex, end: FlowEnd): Endpoint[] {
  switch (end.kind) {
    case 'workload': {
      const key = podKeyOf(end.namespace, end.name);
      return index.podIndex(key) === undefined ? [] : [{ kind: 'pod', key }];
    }
    case 'external': {
      const cidr = doc.externals.find((e) => e.name === end.name)?.cidr;
      return cidr === undefined || ipRangeParse(cidr) === null ? [] : [{ kind: 'ip', ip: cidr }];
    }
    case 'namespace':
      return (index.cluster.podsByNamespace.get(end.name) ?? []).flatMap((pod) => {
        const key = index.pods[pod];
        return key === undefined ? [] : [{ kind: 'pod' as const, key }];
      });
    case 'any':
      return [{ kind: 'ip', ip: ANYWHERE_IP }];
    case 'ipBlock': {
      const ip = ipBlockAddress(end.cidr, end.except);
      return ip === null ? [] : [{ kind: 'ip', ip }];
    }
  }
}

/**
 * The ports to check towards `to`: a rule's numeric ports; its named ports
 * and "every port" entries resolved against the destination pod's container
 * ports; a single stand-in (port 0: only "every port" rules match it) when
 * nothing is left.
 */
export function portsToCheck(
  index: PolicyIndex,
  ports: readonly NetworkPolicyPort[] | undefined,
  to: Endpoint,
): { port: number; protocol: Protocol; concrete: boolean }[] {
  const pod = to.kind === 'pod' ? index.podIndex(to.key) : undefined;
  const declared = pod === undefined ? [] : (index.cluster.workloads[pod]?.ports ?? []);
  const entries = ports === undefined || ports.length === 0 ? [null] : ports;
  const out: { port: number; protocol: Protocol; concrete: boolean }[] = [];
  for (const entry of entries) {
    const protocol = entry?.protocol ?? 'TCP';
    if (typeof entry?.port === 'number') {
      out.push({ port: entry.port, protocol, concrete: true });
      continue;
    }
    const name = entry?.port;
    for (const p of declared) {
      const fits =
        entry === null || (p.protocol === protocol && (name === undefined || p.name === name));
      if (fits) out.push({ port: p.containerPort, protocol: p.protocol, concrete: true });
    }
  }
  return out.length > 0
    ? out
    : [{ port: 0, protocol: ports?.[0]?.protocol ?? 'TCP', concrete: false }];
}

function endpointText(endpoint: Endpoint, doc: Doc): string {
  if (endpoint.kind === 'pod') return endpoint.key;
  if (endpoint.ip === ANYWHERE_IP) return 'anywhere';
  return doc.externals.find((e) => e.cidr === endpoint.ip)?.name ?? endpoint.ip;
}

function hitText(hit: RuleHit): string {
  return `${hit.policy.name} ${hit.direction}[${hit.ruleIndex}]`;
}

/** One line: `allowed by web-egress egress[0] and api-ingress ingress[0]`, or why it is blocked. */
export function verdictReason(verdict: Verdict, doc: Doc, concretePort = true): string {
  const { traffic } = verdict;
  const from = endpointText(traffic.from, doc);
  const to = endpointText(traffic.to, doc);
  const port = concretePort
    ? `${traffic.protocol} ${traffic.port}`
    : `any ${traffic.protocol} port`;
  if (verdict.allowed) {
    const hits = [...verdict.egress.hits, ...verdict.ingress.hits];
    if (hits.length === 0) return `allowed: neither ${from} nor ${to} is isolated`;
    return `allowed by ${hits.map(hitText).join(' and ')}`;
  }
  const parts: string[] = [];
  const names = (refs: readonly { name: string }[]) => refs.map((r) => r.name).join(', ');
  if (!verdict.egress.allowed) {
    parts.push(
      `${from} is egress-isolated by ${names(verdict.egress.isolatingPolicies)} and no egress rule allows ${to} on ${port}`,
    );
  }
  if (!verdict.ingress.allowed) {
    parts.push(
      `${to} is ingress-isolated by ${names(verdict.ingress.isolatingPolicies)} and no ingress rule allows ${from} on ${port}`,
    );
  }
  return `blocked: ${parts.join('; ')}`;
}

/** Checks every connection `from` → `to` on the rule's ports (up to `FLOW_CHECK_LIMIT`). */
export function flowVerdictOf(
  doc: Doc,
  index: PolicyIndex,
  from: FlowEnd,
  to: FlowEnd,
  ports: readonly NetworkPolicyPort[] | undefined,
): FlowVerdict {
  const sources = endpointsOf(doc, index, from);
  const destinations = endpointsOf(doc, index, to);
  let allowed: FlowCheck | null = null;
  let blocked: FlowCheck | null = null;
  let checked = 0;
  outer: for (const destination of destinations) {
    const probes = portsToCheck(index, ports, destination);
    for (const source of sources) {
      if (source.kind === 'pod' && destination.kind === 'pod' && source.key === destination.key)
        continue;
      for (const { port, protocol, concrete } of probes) {
        const traffic: Traffic = { from: source, to: destination, port, protocol };
        const check: FlowCheck = {
          verdict: isTrafficAllowed(index, traffic),
          concretePort: concrete,
        };
        if (check.verdict.allowed) allowed ??= check;
        else blocked ??= check;
        if ((allowed !== null && blocked !== null) || ++checked >= FLOW_CHECK_LIMIT) break outer;
      }
    }
  }
  const sample = blocked ?? allowed;
  if (sample === null)
    return { status: 'allowed', reason: 'nothing to check: no workload at one end', sample };
  const reason = verdictReason(sample.verdict, doc, sample.concretePort);
  if (blocked === null) return { status: 'allowed', reason, sample };
  if (allowed === null) return { status: 'blocked', reason, sample };
  return { status: 'partial', reason: `partly ${reason}`, sample };
}
