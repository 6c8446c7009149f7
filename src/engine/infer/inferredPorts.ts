/**
 * The container ports of an inferred workload: the ports of the rules through
 * which traffic may reach it, so that the matrix has ports to show and a rule
 * with a named port (`port: http`) resolves against it. A named port gets its
 * usual number when it has one, else a stable number in the dynamic range.
 */
import type {
  ContainerPort,
  Doc,
  InferredRange,
  Labels,
  Namespace,
  NetworkPolicyPeer,
  NetworkPolicyPort,
} from '../../model';
import { effectivePolicyTypes } from '../compile/policyPlan';
import { selectorMatches } from '../match/selector';

/** The numbers of a few common port names (IANA service names and their usual aliases). */
const NAMED_PORT_NUMBERS: Readonly<Record<string, number>> = {
  dns: 53,
  'dns-tcp': 53,
  domain: 53,
  http: 80,
  https: 443,
  mysql: 3306,
  postgres: 5432,
  postgresql: 5432,
  redis: 6379,
  ssh: 22,
};

const DYNAMIC_FIRST = 49152;
const DYNAMIC_COUNT = 16384;

/** A number in the dynamic range (49152-65535) read from the name (FNV-1a). */
function numberOfName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return DYNAMIC_FIRST + (hash % DYNAMIC_COUNT);
}

/** Whether `peer` of a policy in `own` matches pods with `labels` in `namespace`. */
function peerSelects(
  peer: NetworkPolicyPeer,
  own: string,
  namespace: Namespace,
  labels: Labels,
): boolean {
  if (peer.ipBlock !== undefined) return false;
  const inNamespace =
    peer.namespaceSelector === undefined
      ? own === namespace.name
      : selectorMatches(peer.namespaceSelector, namespace.labels);
  return inNamespace && selectorMatches(peer.podSelector ?? {}, labels);
}

/** The rule ports by which traffic may reach pods with `labels` in `namespace`. */
export function rulePortsTowards(
  doc: Doc,
  namespace: Namespace,
  labels: Labels,
): NetworkPolicyPort[] {
  const ports: NetworkPolicyPort[] = [];
  for (const policy of doc.policies) {
    const own = policy.metadata.namespace;
    const types = effectivePolicyTypes(policy.spec);
    if (
      types.ingress &&
      own === namespace.name &&
      selectorMatches(policy.spec.podSelector, labels)
    ) {
      for (const rule of policy.spec.ingress ?? []) ports.push(...(rule.ports ?? []));
    }
    if (!types.egress) continue;
    for (const rule of policy.spec.egress ?? []) {
      if ((rule.to ?? []).some((peer) => peerSelects(peer, own, namespace, labels))) {
        ports.push(...(rule.ports ?? []));
      }
    }
  }
  return ports;
}

/**
 * One container port per distinct rule port (a range by its first port, which
 * `inferredRanges` keeps whole for the texts),
 * sorted by number; a named port wins over a plain number it shares.
 */
export function inferredPorts(ports: readonly NetworkPolicyPort[]): ContainerPort[] {
  const numbered = new Map<string, ContainerPort>();
  const names = new Map<string, ContainerPort>();
  const taken = (n: number, protocol: string) => numbered.has(`${String(n)}/${protocol}`);
  for (const p of ports) {
    if (typeof p.port !== 'string') continue;
    const protocol = p.protocol ?? 'TCP';
    const key = `${p.port}/${protocol}`;
    if (names.has(key)) continue;
    let number = NAMED_PORT_NUMBERS[p.port] ?? numberOfName(p.port);
    while (taken(number, protocol)) number = number >= 65535 ? DYNAMIC_FIRST : number + 1;
    const port: ContainerPort = { name: p.port, containerPort: number, protocol };
    names.set(key, port);
    numbered.set(`${String(number)}/${protocol}`, port);
  }
  for (const p of ports) {
    if (typeof p.port !== 'number') continue;
    const protocol = p.protocol ?? 'TCP';
    if (!taken(p.port, protocol)) {
      numbered.set(`${String(p.port)}/${protocol}`, { containerPort: p.port, protocol });
    }
  }
  return [...numbered.values()].sort(
    (a, b) => a.containerPort - b.containerPort || a.protocol.localeCompare(b.protocol),
  );
}

/** The distinct ranges among rule ports (`port: 8000, endPort: 8100`), as `inferredPorts` sorts. */
export function inferredRanges(ports: readonly NetworkPolicyPort[]): InferredRange[] {
  const ranges = new Map<string, InferredRange>();
  for (const { port, endPort, protocol = 'TCP' } of ports) {
    if (typeof port !== 'number' || endPort === undefined || endPort <= port) continue;
    ranges.set(`${String(port)}-${String(endPort)}/${protocol}`, { protocol, port, endPort });
  }
  return [...ranges.values()].sort(
    (a, b) => a.port - b.port || a.endPort - b.endPort || a.protocol.localeCompare(b.protocol),
  );
}
