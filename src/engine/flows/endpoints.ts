/**
 * The concrete connections behind a canvas node and a rule's ports: engine
 * endpoints (a namespace node is every pod of it; "anywhere" is every IPv4
 * address; an ipBlock node one address inside it) and port numbers.
 */
import type { Doc, NetworkPolicyPort, Protocol } from '../../model';
import { podKeyOf } from '../../model';
import { ipRangeParse } from '../match/cidr';
import type { FlowEnd } from '../edits/types';
import { ANYWHERE_IP } from './probe';
import type { PolicyIndex } from '../compile/policyIndex';
import type { Endpoint } from '../verdict/verdict';
import { ANY_PORT } from '../text/portText';

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
 * The ports to check towards `to` for a rule's `ports`: numeric ports as
 * written (a range by its first port); a named port resolved against the
 * destination pod's container ports (none when it does not declare the name:
 * the rule does not reach it); "every port" (no `ports`, or an entry with only
 * a protocol) as the destination's declared ports, or one stand-in (`ANY_PORT`,
 * which only "every port" rules match) when it declares none.
 */
export function portsToCheck(
  index: PolicyIndex,
  ports: readonly NetworkPolicyPort[] | undefined,
  to: Endpoint,
): { port: number; protocol: Protocol; concrete: boolean }[] {
  const pod = to.kind === 'pod' ? index.podIndex(to.key) : undefined;
  const declared = pod === undefined ? [] : (index.cluster.workloads[pod]?.ports ?? []);
  const out: { port: number; protocol: Protocol; concrete: boolean }[] = [];
  const every = (protocol: Protocol | null) => {
    const matching = declared.filter((p) => protocol === null || p.protocol === protocol);
    for (const p of matching) {
      out.push({ port: p.containerPort, protocol: p.protocol, concrete: true });
    }
    if (matching.length === 0)
      out.push({ port: ANY_PORT, protocol: protocol ?? 'TCP', concrete: false });
  };
  if (ports === undefined || ports.length === 0) every(null);
  for (const entry of ports ?? []) {
    const protocol = entry.protocol ?? 'TCP';
    if (typeof entry.port === 'number') {
      out.push({ port: entry.port, protocol, concrete: true });
    } else if (typeof entry.port === 'string') {
      const named = declared.find((p) => p.name === entry.port && p.protocol === protocol);
      if (named !== undefined) out.push({ port: named.containerPort, protocol, concrete: true });
    } else {
      every(protocol);
    }
  }
  return out;
}
