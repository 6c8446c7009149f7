/**
 * The verdict of a canvas edge: the connections it stands for, each checked,
 * summed up as allowed, blocked or partly blocked, with a one-line reason
 * built from the verdict of one of them (never evaluated twice).
 */
import type { Doc, NetworkPolicyPort } from '../../model';
import { bitsetHas } from '../match/bitset';
import type { Bitset } from '../match/bitset';
import type { FlowEnd } from '../edits/types';
import { isTrafficAllowed } from '../verdict/evaluate';
import { endpointsOf, portsToCheck } from './endpoints';
import { ANYWHERE_IP } from './probe';
import type { PolicyIndex } from '../compile/policyIndex';
import type { Endpoint, RuleHit, Traffic, Verdict } from '../verdict/verdict';
import { ANY_PORT, portText, rulePortText } from '../text/portText';
import { EVERY_PORT, portSpansEqual, portSpansNormal } from '../match/portSpans';
import type { PortSpan } from '../match/portSpans';
import { allowedPortsOf } from '../verdict/allowedPorts';
import { endLabel } from './ends';

export type FlowStatus = 'allowed' | 'blocked' | 'partial';

/** One connection checked for an edge: the traffic (hand it to `explainVerdict`) and its answer. */
export interface FlowCheck {
  readonly verdict: Verdict;
  /** false when the traffic is a stand-in for "every port" (its `port` is 0). */
  readonly concretePort: boolean;
}

export interface FlowVerdict {
  readonly status: FlowStatus;
  /**
   * The ports that get through end to end for some pair of the checked
   * connections' ends (`allowedPortsOf`, joined); what the line's label says.
   */
  readonly allowedPorts: readonly PortSpan[];
  /** `allowed by api-ingress ingress[0]` / `blocked: prod/web is egress-isolated by …`. */
  readonly reason: string;
  /** A blocked connection when there is one, else an allowed one; null when nothing was checked. */
  readonly sample: FlowCheck | null;
}

/** At most this many connections are checked for one edge (enough to tell allowed from partial). */
export const FLOW_CHECK_LIMIT = 1024;

/**
 * About this many pairs of ends are read for a line's ports (a namespace node has many pods):
 * every destination, each with its share of the sources (one at least).
 */
export const FLOW_PORTS_PAIR_LIMIT = 256;

/** The ports that get through from one end to the other (`allowedPortsOf`, or a cache of it). */
export type AllowedPortsOf = (from: Endpoint, to: Endpoint) => readonly PortSpan[];

/** Whether `spans` (normal) are every port of every protocol: no other pair can add to them. */
function everyPort(spans: readonly PortSpan[]): boolean {
  return (
    spans.length === EVERY_PORT.length && spans.every((s, i) => portSpansEqual(s, EVERY_PORT[i]))
  );
}

/**
 * The ports that get through from some of `sources` to some of
 * `destinations`: the pair of `allowed` (a connection found allowed), and
 * every destination with its share of `FLOW_PORTS_PAIR_LIMIT` sources, the
 * next ones each time. Every destination is read, because what a named port
 * means is the destination's (`{port: metrics}` from a monitoring namespace is
 * 9090 on one pod and 8080 on another): many sources must not crowd the last
 * destinations out.
 */
function allowedPortsOfPairs(
  portsOf: AllowedPortsOf,
  sources: readonly Endpoint[],
  destinations: readonly Endpoint[],
  allowed: Traffic,
): readonly PortSpan[] {
  const first = portsOf(allowed.from, allowed.to);
  if (everyPort(first)) return first;
  const spans: PortSpan[] = [...first];
  const share = Math.max(1, Math.floor(FLOW_PORTS_PAIR_LIMIT / Math.max(1, destinations.length)));
  let next = 0;
  for (const destination of destinations) {
    let read = 0;
    for (let tried = 0; tried < sources.length && read < share; tried++) {
      const source = sources[next];
      next = (next + 1) % sources.length;
      if (source === undefined) break;
      if (source.kind === 'pod' && destination.kind === 'pod' && source.key === destination.key) {
        continue;
      }
      const more = portsOf(source, destination);
      if (everyPort(more)) return more;
      spans.push(...more);
      read++;
    }
  }
  return portSpansNormal(spans);
}

function endpointText(endpoint: Endpoint, doc: Doc): string {
  if (endpoint.kind === 'pod') return endpoint.key;
  if (endpoint.ip === ANYWHERE_IP) return 'anywhere';
  return doc.externals.find((e) => e.cidr === endpoint.ip)?.name ?? endpoint.ip;
}

function hitText(hit: RuleHit): string {
  return `${hit.policy.name} ${hit.direction}[${hit.ruleIndex}]`;
}

/**
 * One line: `allowed by web-egress egress[0] and api-ingress ingress[0]`, or why it is blocked
 * (on `TCP 80`, or on `any TCP port` for the stand-in of every port).
 */
export function verdictReason(verdict: Verdict, doc: Doc): string {
  const { traffic } = verdict;
  const from = endpointText(traffic.from, doc);
  const to = endpointText(traffic.to, doc);
  const port = portText(traffic, { sentence: traffic.port === ANY_PORT });
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

/**
 * Why a line has no connection to check: one end holds no workload (a
 * namespace of policies alone); the only workload at both ends is one and
 * the same (from every namespace to web, whose namespace holds web alone);
 * or no workload it leads to declares the port the rule names.
 */
function uncheckedReason(
  from: FlowEnd,
  to: FlowEnd,
  sources: readonly Endpoint[],
  destinations: readonly Endpoint[],
  paired: boolean,
  ports: readonly NetworkPolicyPort[] | undefined,
): string {
  if (sources.length === 0) return `nothing to check: ${endLabel(from)} holds no workload`;
  if (destinations.length === 0) return `nothing to check: ${endLabel(to)} holds no workload`;
  const only = destinations[0];
  if (!paired && only?.kind === 'pod') {
    return `nothing to check: the only workload at both ends is ${only.key} itself`;
  }
  const named = (ports ?? []).filter((p) => typeof p.port === 'string');
  const asked = named.map((p) => rulePortText(p, 'sentence')).join(' or ');
  return `nothing to check: no workload at ${endLabel(to)} declares ${asked}`;
}

export interface FlowVerdictOptions {
  /** Answers one connection (default: `isTrafficAllowed`); see `trafficChecker.ts`. */
  readonly allows?: (traffic: Traffic) => boolean;
  /** The ports that get through between two ends (default: `allowedPortsOf`). */
  readonly allowedPortsOf?: AllowedPortsOf;
  /** Only these pods of `from` (the pods a peer matches, inside a namespace node); null: all. */
  readonly fromPods?: Bitset | null;
  readonly toPods?: Bitset | null;
}

/**
 * Checks the connections `from` → `to` on the rule's ports (up to
 * `FLOW_CHECK_LIMIT`, stopping as soon as one is allowed and one blocked).
 * A node that groups pods (a namespace) stands only for the pods the rule
 * covers there (`fromPods`/`toPods`). The sample's full verdict is computed once.
 */
export function flowVerdictOf(
  doc: Doc,
  index: PolicyIndex,
  from: FlowEnd,
  to: FlowEnd,
  ports: readonly NetworkPolicyPort[] | undefined,
  options: FlowVerdictOptions = {},
): FlowVerdict {
  const allows = options.allows ?? ((t: Traffic) => isTrafficAllowed(index, t).allowed);
  const within = (bits: Bitset | null | undefined) => (e: Endpoint) => {
    if (bits === null || bits === undefined || e.kind !== 'pod') return true;
    const pod = index.podIndex(e.key);
    return pod !== undefined && bitsetHas(bits, pod);
  };
  const sources = endpointsOf(doc, index, from).filter(within(options.fromPods));
  const destinations = endpointsOf(doc, index, to).filter(within(options.toPods));
  let allowed: { traffic: Traffic; concrete: boolean } | null = null;
  let blocked: { traffic: Traffic; concrete: boolean } | null = null;
  let checked = 0;
  let paired = false;
  outer: for (const destination of destinations) {
    const probes = portsToCheck(index, ports, destination);
    for (const source of sources) {
      if (source.kind === 'pod' && destination.kind === 'pod' && source.key === destination.key) {
        continue;
      }
      paired = true;
      for (const { port, protocol, concrete } of probes) {
        const traffic: Traffic = { from: source, to: destination, port, protocol };
        if (allows(traffic)) allowed ??= { traffic, concrete };
        else blocked ??= { traffic, concrete };
        if ((allowed !== null && blocked !== null) || ++checked >= FLOW_CHECK_LIMIT) break outer;
      }
    }
  }
  const chosen = blocked ?? allowed;
  const allowedPorts =
    allowed === null
      ? []
      : allowedPortsOfPairs(
          options.allowedPortsOf ?? ((a, b) => allowedPortsOf(index, a, b)),
          sources,
          destinations,
          allowed.traffic,
        );
  if (chosen === null) {
    return {
      status: 'allowed',
      allowedPorts,
      reason: uncheckedReason(from, to, sources, destinations, paired, ports),
      sample: null,
    };
  }
  const sample: FlowCheck = {
    verdict: isTrafficAllowed(index, chosen.traffic),
    concretePort: chosen.concrete,
  };
  const reason = verdictReason(sample.verdict, doc);
  if (blocked === null) return { status: 'allowed', allowedPorts, reason, sample };
  if (allowed === null) return { status: 'blocked', allowedPorts, reason, sample };
  return { status: 'partial', allowedPorts, reason: `partly ${reason}`, sample };
}
