/**
 * The paths of one node, for the "select a node" view: every connection it
 * can receive (inbound) or open (outbound), per port, allowed or blocked.
 * Ports are what the destination declares: a workload's container ports; for
 * an external endpoint, the numeric ports of the egress rules that can reach
 * it (a rule without `to`, or with an `ipBlock` it lies in). A workload that
 * declares no port (a pod inferred from policies, a pod without `ports`) still
 * takes connections on any port: from each source it has one path on every
 * port (`ANY_PORT`), allowed on the ports that get through end to end; so
 * does an outside endpoint without a port of its own or of a rule (an egress
 * rule to its address block on every port).
 */
import type { Doc, ExternalEndpoint, Protocol, Workload } from '../../model';
import { PROTOCOLS, podKeyOf } from '../../model';
import { ipRangeParse } from '../match/cidr';
import type { FlowEnd } from '../edits/types';
import { isTrafficAllowed } from './evaluate';
import { endKey, endsKey } from '../flows/ends';
import { verdictReason } from '../flows/verdict';
import { ipBlockMatcherFrom, ipBlockMatchesRange } from '../match/ipBlock';
import type { PolicyIndex } from '../compile/policyIndex';
import type { Endpoint, Verdict } from './verdict';
import { allowedPortsReader } from './allowedPorts';
import type { AllowedPorts } from './allowedPorts';
import { portSpansWhole } from '../match/portSpans';
import { endpointsOf } from '../flows/endpoints';
import { outsideEnds } from '../flows/outsideEnds';
import type { PortSpan } from '../match/portSpans';
import { ANY_PORT, portSpansText, portText, rulePortsText } from '../text/portText';
import type { FlowStatus } from '../flows/verdict';

export interface Path {
  /** `prod/web>prod/api TCP/5000` */
  readonly id: string;
  readonly from: FlowEnd;
  readonly to: FlowEnd;
  /** `ANY_PORT` (0) on a path on every port: the destination declares none. */
  readonly port: number;
  readonly protocol: Protocol;
  /** The name the destination's container gives the port (`redis`), if it gives one. */
  readonly name?: string;
  /** Whether the connection gets through: on a path on every port, on some port at least. */
  readonly allowed: boolean;
  /**
   * On a path on every port only: the ports that get through end to end
   * (`allowedPortsOf`; empty: none), so the path is allowed on all, some or none.
   */
  readonly allowedPorts?: readonly PortSpan[];
  readonly reason: string;
  /**
   * Hand it to `explainVerdict` for the full explanation. On a path on every
   * port, a blocked connection when some port is blocked, else an allowed one.
   */
  readonly verdict: Verdict;
  /**
   * On a path on every port allowed on some ports only: the connection on the
   * first of them, allowed (`pathVerdicts` lists it before `verdict`).
   */
  readonly allowedVerdict?: Verdict;
}

/**
 * The verdicts that explain a path, each for `explainVerdict`: its one; on a
 * path on every port allowed on some ports only, what is allowed (on the first
 * of them) and what is blocked (on every other port).
 */
export function pathVerdicts(path: Pick<Path, 'verdict' | 'allowedVerdict'>): Verdict[] {
  return path.allowedVerdict === undefined ? [path.verdict] : [path.allowedVerdict, path.verdict];
}

/** Allowed, blocked, or (a path on every port that gets through on some ports) partial. */
export function pathStatus(path: Pick<Path, 'allowed' | 'allowedPorts'>): FlowStatus {
  if (!path.allowed) return 'blocked';
  const spans = path.allowedPorts;
  if (spans === undefined || PROTOCOLS.every((p) => portSpansWhole(spans, p))) return 'allowed';
  return 'partial';
}

/**
 * A path's port as the Inspector and the canvas write it: `TCP 7070 (grpc)`;
 * on a path on every port, the ports that get through as a line's label says
 * them (`all ports`, `TCP 80`), or `all ports` when none does.
 */
export function pathPortText(
  path: Pick<Path, 'port' | 'protocol' | 'name' | 'allowedPorts'>,
  options: { readonly named?: boolean } = {},
) {
  const spans = path.allowedPorts;
  if (spans === undefined)
    return portText(path, options.named === false ? {} : { name: path.name });
  const through = portSpansText(spans);
  return (through.length > 0 ? through : rulePortsText(undefined, 'short')).join(', ');
}

/**
 * A path's ports as a list of paths says them: `pathPortText`, and on a path partly allowed
 * (`pathStatus`), what its explanation says of the rest: `TCP 80 only; other ports blocked`.
 */
export function pathPortsSaid(
  path: Pick<Path, 'port' | 'protocol' | 'name' | 'allowed' | 'allowedPorts'>,
): string {
  const ports = pathPortText(path);
  return pathStatus(path) === 'partial' ? `${ports} only; other ports blocked` : ports;
}

export interface NodePaths {
  readonly inbound: readonly Path[];
  readonly outbound: readonly Path[];
}

type PortList = readonly {
  readonly port: number;
  readonly protocol: Protocol;
  readonly name?: string;
}[];

function portsSorted(ports: PortList): PortList {
  const seen = new Map(ports.map((p) => [`${p.port}/${p.protocol}`, p]));
  return [...seen.values()].sort(
    (a, b) => a.port - b.port || PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol),
  );
}

/** The ports `external` listens on, and the numeric ports of the egress rules that can reach it. */
export function externalPorts(doc: Doc, external: ExternalEndpoint): PortList {
  const range = ipRangeParse(external.cidr);
  if (range === null) return [];
  const ports: { port: number; protocol: Protocol; name?: string }[] = (external.ports ?? []).map(
    ({ port, protocol, name }) =>
      name === undefined ? { port, protocol } : { port, protocol, name },
  );
  for (const policy of doc.policies) {
    for (const rule of policy.spec.egress ?? []) {
      const reaches =
        rule.to === undefined ||
        rule.to.length === 0 ||
        rule.to.some((peer) => {
          const block = peer.ipBlock === undefined ? null : ipBlockMatcherFrom(peer.ipBlock);
          return block !== null && ipBlockMatchesRange(block, range);
        });
      if (!reaches) continue;
      for (const entry of rule.ports ?? []) {
        if (typeof entry.port === 'number') {
          ports.push({ port: entry.port, protocol: entry.protocol ?? 'TCP' });
        }
      }
    }
  }
  return portsSorted(ports);
}

/** A node of the model: a workload or an external endpoint with a parsable address. */
export interface ModelNode {
  readonly end: FlowEnd;
  readonly endpoint: Endpoint;
  /** The ports connections to it are checked on. */
  readonly ports: PortList;
}

function workloadNode(w: Workload): ModelNode {
  return {
    end: { kind: 'workload', namespace: w.namespace, name: w.name },
    endpoint: { kind: 'pod', key: podKeyOf(w.namespace, w.name) },
    ports: portsSorted(
      w.ports.map(({ containerPort: port, protocol, name }) =>
        name === undefined ? { port, protocol } : { port, protocol, name },
      ),
    ),
  };
}

/** Every workload the index knows and every external endpoint with a parsable address. */
export function modelNodes(doc: Doc, index: PolicyIndex): ModelNode[] {
  const workloads = doc.workloads
    .filter((w) => index.podIndex(podKeyOf(w.namespace, w.name)) !== undefined)
    .map(workloadNode);
  const externals = doc.externals
    .filter((e) => ipRangeParse(e.cidr) !== null)
    .map((e): ModelNode => ({
      end: { kind: 'external', name: e.name },
      endpoint: { kind: 'ip', ip: e.cidr },
      ports: externalPorts(doc, e),
    }));
  return [...workloads, ...externals];
}

/**
 * The cards outside the cluster the rules draw and no node of the model is ("anywhere", IP
 * blocks: `outsideEnds`), each checked at the address its lines are (`endpointsOf`: every IPv4
 * address for anywhere). They declare no port: a path to one is on every port.
 */
function outsideNodes(doc: Doc, index: PolicyIndex): ModelNode[] {
  return outsideEnds(doc, index).flatMap((end) => {
    const [endpoint] = endpointsOf(doc, index, end);
    return endpoint === undefined ? [] : [{ end, endpoint, ports: [] }];
  });
}

/**
 * The traffic a path on every port is explained by: a blocked connection when
 * some port is blocked (the stand-in of a protocol not every port of which
 * gets through, which only "every port" rules match), else an allowed one.
 */
function everyPortSample(index: PolicyIndex, from: Endpoint, to: Endpoint, spans: PortSpan[]) {
  const blocked = PROTOCOLS.find((p) => !portSpansWhole(spans, p));
  const protocol = blocked ?? 'TCP';
  const verdict = isTrafficAllowed(index, { from, to, port: ANY_PORT, protocol });
  const first = spans[0];
  // Every port gets through by ranges (1-65535) no stand-in matches: one of them explains it.
  if (blocked !== undefined || verdict.allowed || first === undefined) return verdict;
  return isTrafficAllowed(index, { from, to, port: first.port, protocol: first.protocol });
}

/** The one path `from` → `to` of a destination without a port to check: on every port. */
function everyPortPath(
  doc: Doc,
  index: PolicyIndex,
  from: ModelNode,
  to: ModelNode,
  portsOf: AllowedPorts,
): Path {
  const allowedPorts = portsOf(from.endpoint, to.endpoint);
  const verdict = everyPortSample(index, from.endpoint, to.endpoint, allowedPorts);
  const allowed = allowedPorts.length > 0;
  const path = {
    id: `${endsKey(from.end, to.end)} ${verdict.traffic.protocol}/${String(ANY_PORT)}`,
    from: from.end,
    to: to.end,
    port: ANY_PORT,
    protocol: verdict.traffic.protocol,
    allowed,
    allowedPorts,
    reason: verdictReason(verdict, doc),
    verdict,
  };
  const first = allowedPorts[0];
  if (verdict.allowed || first === undefined) return path;
  // Partly: what gets through (on its first port) and what does not, each with its reason.
  const { port, protocol } = first;
  const allowedVerdict = isTrafficAllowed(index, { ...verdict.traffic, port, protocol });
  const through = portSpansText(allowedPorts).join(', ');
  const reason = `partly allowed: ${through} ${verdictReason(allowedVerdict, doc)}; other ports ${path.reason}`;
  return { ...path, reason, allowedVerdict };
}

/**
 * Every connection `from` → `to` on the destination's ports; to a workload
 * that declares none, or an outside endpoint that declares none and no egress
 * rule reaching it names a port, one on every port. `portsOf`: an `allowedPortsReader`
 * of `index` to share between calls.
 */
export function pathsBetween(
  doc: Doc,
  index: PolicyIndex,
  from: ModelNode,
  to: ModelNode,
  portsOf?: AllowedPorts,
): Path[] {
  if (to.ports.length === 0) {
    return [everyPortPath(doc, index, from, to, portsOf ?? allowedPortsReader(index))];
  }
  return to.ports.map(({ port, protocol, name }) => {
    const verdict = isTrafficAllowed(index, {
      from: from.endpoint,
      to: to.endpoint,
      port,
      protocol,
    });
    return {
      id: `${endsKey(from.end, to.end)} ${protocol}/${port}`,
      from: from.end,
      to: to.end,
      port,
      protocol,
      ...(name === undefined ? {} : { name }),
      allowed: verdict.allowed,
      reason: verdictReason(verdict, doc),
      verdict,
    };
  });
}

/**
 * Inbound and outbound paths of a workload, an external endpoint, or a card outside the cluster
 * the rules draw (anywhere, an IP block: `outsideNodes`); a namespace has none. A workload's
 * paths run to those cards too, whether or not a rule names it: with its egress open it reaches
 * anywhere. Connections between two addresses outside the cluster are not paths: no policy
 * governs them.
 */
export function pathsOf(doc: Doc, index: PolicyIndex, node: FlowEnd): NodePaths {
  const nodes = [...modelNodes(doc, index), ...outsideNodes(doc, index)];
  const key = endKey(node);
  const self = nodes.find((n) => endKey(n.end) === key);
  if (self === undefined) return { inbound: [], outbound: [] };
  const others = nodes.filter(
    (n) => n !== self && (n.endpoint.kind === 'pod' || self.endpoint.kind === 'pod'),
  );
  const portsOf = allowedPortsReader(index);
  return {
    inbound: others.flatMap((other) => pathsBetween(doc, index, other, self, portsOf)),
    outbound: others.flatMap((other) => pathsBetween(doc, index, self, other, portsOf)),
  };
}

/**
 * The connection `from` → `to` on one port, whether or not the destination
 * declares that port (a lesson may say "not on 443" of a server that only
 * listens on 80); null when an end is not a node of the model.
 */
export function pathOnPort(
  doc: Doc,
  index: PolicyIndex,
  from: FlowEnd,
  to: FlowEnd,
  port: { readonly port: number; readonly protocol: Protocol },
): Path | null {
  const nodes = modelNodes(doc, index);
  const source = nodes.find((n) => endKey(n.end) === endKey(from));
  const target = nodes.find((n) => endKey(n.end) === endKey(to));
  if (source === undefined || target === undefined) return null;
  return pathsBetween(doc, index, source, { ...target, ports: [port] })[0] ?? null;
}
