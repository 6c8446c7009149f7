/**
 * Whether a drawn flow is already allowed on one side, so that drawing it
 * again writes nothing. Probes are concrete connections: the flow's ends as
 * engine endpoints and its ports as numbers.
 */
import type { Doc, Protocol, Workload } from '../../model';
import { podKeyOf } from '../../model';
import { ipRangeParse } from '../match/cidr';
import type { FlowEnd, FlowPort } from '../edits/types';
import { isTrafficAllowed } from '../verdict/evaluate';
import type { PolicyIndex } from '../compile/policyIndex';
import type { Endpoint } from '../verdict/verdict';

/** "Anywhere" as an address range: every IPv4 address. */
export const ANYWHERE_IP = '0.0.0.0/0';

export function workloadOf(doc: Doc, namespace: string, name: string): Workload | undefined {
  return doc.workloads.find((w) => w.namespace === namespace && w.name === name);
}

/** The engine endpoints a canvas node stands for (every pod of a namespace); null if unknown. */
export function endpointsOfEnd(doc: Doc, end: FlowEnd): Endpoint[] | null {
  switch (end.kind) {
    case 'workload':
      return workloadOf(doc, end.namespace, end.name) === undefined
        ? null
        : [{ kind: 'pod', key: podKeyOf(end.namespace, end.name) }];
    case 'external': {
      const external = doc.externals.find((e) => e.name === end.name);
      if (external === undefined || ipRangeParse(external.cidr) === null) return null;
      return [{ kind: 'ip', ip: external.cidr }];
    }
    case 'namespace':
      if (!doc.namespaces.some((n) => n.name === end.name)) return null;
      return doc.workloads
        .filter((w) => w.namespace === end.name)
        .map((w) => ({ kind: 'pod', key: podKeyOf(w.namespace, w.name) }));
    case 'any':
      return [{ kind: 'ip', ip: ANYWHERE_IP }];
    case 'ipBlock':
      return ipRangeParse(end.cidr) === null ? null : [{ kind: 'ip', ip: end.cidr }];
  }
}

/**
 * The port numbers that stand for a flow's ports on `destination` (a pod's
 * container ports resolve names and "every port"); null when some port has no
 * number to test (a name the destination does not declare, or every port of a
 * destination that declares none).
 */
export function probePorts(
  ports: readonly FlowPort[],
  destination: Workload | undefined,
): { port: number; protocol: Protocol }[] | null {
  const declared = destination?.ports ?? [];
  const every = (protocol: Protocol | null) =>
    declared
      .filter((p) => protocol === null || p.protocol === protocol)
      .map((p) => ({ port: p.containerPort, protocol: p.protocol }));
  if (ports.length === 0) {
    const all = every(null);
    return all.length === 0 ? null : all;
  }
  const probes: { port: number; protocol: Protocol }[] = [];
  for (const p of ports) {
    if (typeof p.port === 'number') {
      probes.push({ port: p.port, protocol: p.protocol });
      if (p.endPort !== undefined) probes.push({ port: p.endPort, protocol: p.protocol });
    } else if (typeof p.port === 'string') {
      const named = declared.find((d) => d.name === p.port && d.protocol === p.protocol);
      if (named === undefined) return null;
      probes.push({ port: named.containerPort, protocol: p.protocol });
    } else {
      const all = every(p.protocol);
      if (all.length === 0) return null;
      probes.push(...all);
    }
  }
  return probes;
}

/**
 * Whether `side` (egress at the sources, ingress at the destinations) is
 * isolated and already allows every probe. A side that is not isolated
 * answers false: it allows the flow only by default, and drawing the flow is
 * asking for a rule there.
 */
export function sideAlreadyAllows(
  index: PolicyIndex,
  side: 'ingress' | 'egress',
  sources: readonly Endpoint[],
  destinations: readonly Endpoint[],
  probes: readonly { port: number; protocol: Protocol }[] | null,
): boolean {
  if (probes === null || sources.length === 0 || destinations.length === 0) return false;
  return sources.every((from) =>
    destinations.every((to) =>
      probes.every(({ port, protocol }) => {
        const check = isTrafficAllowed(index, { from, to, port, protocol })[side];
        return check.isolated && check.allowed;
      }),
    ),
  );
}
