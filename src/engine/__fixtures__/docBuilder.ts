/**
 * Terse builders for documents, for tests and scripts:
 * `docOf({ workloads: [podOf('x/a', { pod: 'a' })], policies: [policyOf('x/deny', {...})] })`.
 */
import type {
  ContainerPort,
  Doc,
  Labels,
  Namespace,
  NetworkPolicy,
  NetworkPolicySpec,
  Protocol,
  Workload,
} from '../../model';
import { DEFAULT_NAMESPACE, NAMESPACE_NAME_LABEL, podKeyOf } from '../../model';
import { ipRangeParse } from '../match/cidr';
import type { Endpoint, Traffic } from '../verdict/verdict';

function split(key: string): [string, string] {
  const slash = key.indexOf('/');
  if (slash < 0) throw new Error(`expected namespace/name, got ${key}`);
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/** A Pod `namespace/name` with labels, container ports and IPs. */
export function podOf(
  key: string,
  labels: Labels,
  extra: { ports?: readonly ContainerPort[]; ips?: readonly string[] } = {},
): Workload {
  const [namespace, name] = split(key);
  return { namespace, name, kind: 'Pod', labels, ports: extra.ports ?? [], ips: extra.ips ?? [] };
}

export function namespaceOf(name: string, labels: Labels = {}): Namespace {
  return { name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name } };
}

/** A NetworkPolicy `namespace/name` (in `default` when the key has no `/`, as on import). */
export function policyOf(key: string, spec: NetworkPolicySpec): NetworkPolicy {
  const metadata = key.includes('/')
    ? { namespace: split(key)[0], name: split(key)[1] }
    : { namespace: DEFAULT_NAMESPACE, name: key };
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata, spec };
}

export function docOf(parts: Partial<Doc>): Doc {
  return {
    namespaces: parts.namespaces ?? [],
    workloads: parts.workloads ?? [],
    externals: parts.externals ?? [],
    policies: parts.policies ?? [],
    ...(parts.services === undefined ? {} : { services: parts.services }),
  };
}

/** `x/a` is a pod; an IP or a CIDR (`10.0.0.1`, `10.0.0.0/24`, `fd00::1`) is an address. */
export function endpointOf(s: string): Endpoint {
  if (ipRangeParse(s) !== null) return { kind: 'ip', ip: s };
  const [namespace, name] = split(s);
  return { kind: 'pod', key: podKeyOf(namespace, name) };
}

export function trafficOf(
  from: string,
  to: string,
  port = 80,
  protocol: Protocol = 'TCP',
): Traffic {
  return { from: endpointOf(from), to: endpointOf(to), port, protocol };
}
