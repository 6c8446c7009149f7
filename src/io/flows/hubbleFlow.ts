/**
 * One line of `hubble observe -o json`: a JSON object, either the
 * `GetFlowsResponse` wrapper or a bare flow, field names as Hubble's
 * `flow.proto` writes them (snake_case; camelCase is read too):
 *
 * ```json
 * {"flow":{"verdict":"FORWARDED","IP":{"source":"10.0.1.5","destination":"10.0.2.9"},
 *   "l4":{"TCP":{"source_port":43512,"destination_port":5432}},
 *   "source":{"namespace":"shop","pod_name":"api-7c9d5-abcde",
 *             "labels":["k8s:app=api","k8s:io.kubernetes.pod.namespace=shop"],
 *             "workloads":[{"name":"api","kind":"Deployment"}]},
 *   "destination":{"namespace":"shop","pod_name":"db-0","labels":["k8s:app=db"]},
 *   "is_reply":false,"traffic_direction":"EGRESS"}}
 * ```
 *
 * Only Kubernetes pod labels are kept (`k8s:` source, prefix dropped), and
 * not those Cilium derives (`io.kubernetes.*`, `io.cilium.*`) nor `reserved:`
 * identities (`reserved:world`). An end without a pod is an address.
 */
import type { Labels, ObservedEnd, Protocol } from '../../model';
import type { FlowLine } from './flowLine';
import { ipCanonical } from '../../engine';
import { portNumber } from './flowLine';

type Json = Readonly<Record<string, unknown>>;

/** What a line that cannot be read as a flow says is wrong. */
export interface FlowProblem {
  readonly problem: string;
  readonly line: number;
}

function objectOf(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : null;
}

/** A field by its proto name or its JSON (camelCase) name. */
function field(object: Json | null, snake: string): unknown {
  if (object === null) return undefined;
  if (snake in object) return object[snake];
  return object[snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Label prefixes Cilium adds that are not the pod's own labels. */
const DERIVED_LABEL_PREFIXES = ['io.kubernetes.', 'io.cilium.'];

/** `["k8s:app=web", "reserved:world"]` → `{app: web}`. */
export function hubbleLabels(value: unknown): Labels {
  const labels: Record<string, string> = {};
  if (!Array.isArray(value)) return labels;
  for (const entry of value) {
    if (typeof entry !== 'string' || !entry.startsWith('k8s:')) continue;
    const pair = entry.slice('k8s:'.length);
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    if (key === '' || DERIVED_LABEL_PREFIXES.some((p) => key.startsWith(p))) continue;
    labels[key] = eq === -1 ? '' : pair.slice(eq + 1);
  }
  return labels;
}

function workloadOf(value: unknown): { kind: string; name: string } | undefined {
  const first = Array.isArray(value) ? objectOf(value[0]) : null;
  const name = text(field(first, 'name'));
  return name === '' ? undefined : { kind: text(field(first, 'kind')), name };
}

function endOf(endpoint: Json | null, ipText: unknown): ObservedEnd | string {
  const ip = typeof ipText === 'string' && ipText !== '' ? ipCanonical(ipText) : null;
  if (typeof ipText === 'string' && ipText !== '' && ip === null) return `not an IP: ${ipText}`;
  const namespace = text(field(endpoint, 'namespace'));
  const pod = text(field(endpoint, 'pod_name'));
  if (namespace !== '' && pod !== '') {
    const workload = workloadOf(field(endpoint, 'workloads'));
    return {
      kind: 'pod',
      namespace,
      pod,
      labels: hubbleLabels(field(endpoint, 'labels')),
      ...(workload ? { workload } : {}),
      ...(ip !== null ? { ip } : {}),
    };
  }
  return ip === null ? 'neither a pod nor an IP' : { kind: 'ip', ip };
}

const LAYER4: readonly { key: string; protocol: Protocol }[] = [
  { key: 'TCP', protocol: 'TCP' },
  { key: 'UDP', protocol: 'UDP' },
  { key: 'SCTP', protocol: 'SCTP' },
];

/**
 * Verdicts of traffic that did not pass, by name or by `flow.proto` number
 * (DROPPED = 2, ERROR = 3); the rest (FORWARDED, AUDIT, REDIRECTED, …) did.
 */
const NOT_PASSED: readonly unknown[] = ['DROPPED', 'ERROR', 2, 3];

/** Reads one non-blank line; `line` is its 1-based number. */
export function hubbleFlowRead(lineText: string, line: number): FlowLine | FlowProblem {
  let value: unknown;
  try {
    value = JSON.parse(lineText);
  } catch (error) {
    return { problem: `not JSON (${(error as Error).message})`, line };
  }
  const outer = objectOf(value);
  if (outer === null) return { problem: 'not a JSON object', line };
  const flow = 'flow' in outer ? objectOf(outer['flow']) : outer;
  if (flow === null || !('source' in flow || 'destination' in flow || 'IP' in flow)) {
    return { kind: 'event', line }; // node status, lost events: not flows
  }
  if (NOT_PASSED.includes(field(flow, 'verdict'))) return { kind: 'dropped', line };
  const l4 = objectOf(field(flow, 'l4'));
  if (l4 !== null && ('ICMPv4' in l4 || 'ICMPv6' in l4)) return { kind: 'icmp', line };
  const layer = LAYER4.find(({ key }) => l4 !== null && objectOf(l4[key]) !== null);
  if (layer === undefined) return { problem: 'no l4 TCP, UDP or SCTP port', line };
  const ports = objectOf(l4?.[layer.key]);
  const port = portNumber(field(ports, 'destination_port'));
  if (port === null) return { problem: `no ${layer.key} destination_port`, line };
  const sourcePort = portNumber(field(ports, 'source_port'));
  const ip = objectOf(field(flow, 'IP'));
  const from = endOf(objectOf(field(flow, 'source')), field(ip, 'source'));
  if (typeof from === 'string') return { problem: `source: ${from}`, line };
  const to = endOf(objectOf(field(flow, 'destination')), field(ip, 'destination'));
  if (typeof to === 'string') return { problem: `destination: ${to}`, line };
  const reply = field(flow, 'is_reply');
  return {
    kind: 'flow',
    from,
    to,
    port,
    protocol: layer.protocol,
    ...(sourcePort !== null ? { sourcePort } : {}),
    ...(typeof reply === 'boolean' ? { reply } : {}),
    line,
  };
}
