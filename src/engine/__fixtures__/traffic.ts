/**
 * Observed traffic over a generated cluster (`generateCluster`), for the
 * benchmark and the checks of `generate`: `connections` distinct
 * connections between random workloads, each on one of the destination's
 * container ports, and a share of them with addresses outside the cluster.
 * `hubbleJsonOf` writes them as `hubble observe -o json` prints them: each
 * connection reported at both nodes, with its replies. The same spec and
 * seed always give the same traffic.
 */
import type { Doc, ObservedEnd, Protocol, Workload } from '../../model';
import { seededRandom } from './generate';

export interface TrafficSpec {
  readonly connections: number;
  /** Share of connections with an address outside the cluster (default 0.1). */
  readonly outside?: number;
  readonly seed?: number;
}

export interface Seen {
  readonly from: ObservedEnd;
  readonly to: ObservedEnd;
  readonly port: number;
  readonly protocol: Protocol;
}

const OUTSIDE = ['203.0.113.9', '203.0.113.20', '198.51.100.7', '192.0.2.44'];

function podOf(w: Workload, replica: number): Extract<ObservedEnd, { kind: 'pod' }> {
  return {
    kind: 'pod',
    namespace: w.namespace,
    pod: `${w.name}-7c9d5-${'abcde'.slice(0, 4)}${String(replica % 10)}`,
    labels: w.labels,
    workload: { kind: 'Deployment', name: w.name },
    ...(w.ips[0] === undefined ? {} : { ip: w.ips[0] }),
  };
}

export function generateTraffic(doc: Doc, spec: TrafficSpec): Seen[] {
  const random = seededRandom(spec.seed ?? 1);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const outside = spec.outside ?? 0.1;
  const seen = new Map<string, Seen>();
  for (let tries = 0; seen.size < spec.connections && tries < spec.connections * 20; tries++) {
    const from = pick(doc.workloads);
    const to = pick(doc.workloads);
    const address = pick(OUTSIDE) ?? '203.0.113.9';
    if (from === undefined || to === undefined) break;
    const external = random() < outside;
    const port = pick(to.ports);
    const dest = external && random() < 0.5;
    const connection: Seen = external
      ? dest
        ? {
            from: podOf(from, tries),
            to: { kind: 'ip', ip: address },
            port: 443,
            protocol: 'TCP',
          }
        : {
            from: { kind: 'ip', ip: address },
            to: podOf(to, tries),
            port: port?.containerPort ?? 443,
            protocol: port?.protocol ?? 'TCP',
          }
      : {
          from: podOf(from, tries),
          to: podOf(to, tries + 1),
          port: port?.containerPort ?? 8080,
          protocol: port?.protocol ?? 'TCP',
        };
    const end = (e: ObservedEnd) =>
      e.kind === 'ip' ? e.ip : `${e.namespace}/${e.pod.split('-7c9d5-')[0] ?? ''}`;
    const key = `${end(connection.from)} ${end(connection.to)} ${String(connection.port)}/${connection.protocol}`;
    if (!seen.has(key)) seen.set(key, connection);
  }
  return [...seen.values()];
}

function endpointJson(end: ObservedEnd): Record<string, unknown> {
  if (end.kind === 'ip') return { labels: ['reserved:world'] };
  return {
    namespace: end.namespace,
    pod_name: end.pod,
    labels: Object.entries(end.labels ?? {}).map(([k, v]) => `k8s:${k}=${v}`),
    workloads: end.workload === undefined ? [] : [end.workload],
  };
}

function ipOf(end: ObservedEnd): string {
  return end.kind === 'ip' ? end.ip : (end.ip ?? '');
}

/** One line of `hubble observe -o json`. */
function flowLine(
  from: ObservedEnd,
  to: ObservedEnd,
  sport: number,
  dport: number,
  protocol: Protocol,
  reply: boolean,
  node: string,
): string {
  return JSON.stringify({
    flow: {
      time: '2026-12-04T10:00:00.000Z',
      verdict: 'FORWARDED',
      IP: { source: ipOf(from), destination: ipOf(to), ipVersion: 'IPv4' },
      l4: { [protocol]: { source_port: sport, destination_port: dport } },
      source: endpointJson(from),
      destination: endpointJson(to),
      node_name: node,
      is_reply: reply,
      traffic_direction: reply ? 'INGRESS' : 'EGRESS',
    },
  });
}

/** The traffic as Hubble prints it: each connection at both nodes, and its reply. */
export function hubbleJsonOf(traffic: readonly Seen[]): string {
  const lines: string[] = [];
  traffic.forEach((c, i) => {
    const sport = 32768 + (i % 28000);
    for (const node of ['node-a', 'node-b']) {
      lines.push(flowLine(c.from, c.to, sport, c.port, c.protocol, false, node));
      lines.push(flowLine(c.to, c.from, c.port, sport, c.protocol, true, node));
    }
  });
  return `${lines.join('\n')}\n`;
}
