/**
 * The contexts of the redundancy check: what the rules of one isolation
 * group let through, port by port, so that "does this rule (or policy) allow
 * anything the others do not?" is a few word-wise bitset operations.
 *
 * Exact over every port, not only declared ones: the ports 1..65535 of each
 * protocol fall into intervals on which every rule port behaves the same (the
 * bounds are the rules' `port`/`endPort + 1` and the declared container ports,
 * which named ports resolve to), and one port per interval stands for it.
 */
import { PROTOCOLS } from '../../model';
import type { Protocol } from '../../model';
import { bitsetAnd } from '../match/bitset';
import type { CompiledRule } from '../compile/compiledPolicy';
import { ipReachOf } from './coverage';
import type { IpReach, Port, RuleReach } from './coverage';
import type { Direction } from '../text/direction';
import { rulePortReach } from '../verdict/matrixRows';
import { namedPortsAt } from '../match/namedPorts';
import type { NamedPorts } from '../match/namedPorts';
import type { IsolationGroup, PolicyIndex } from '../compile/policyIndex';

/** One port per interval of the port space on which the given rules and declared ports behave alike. */
export function portRepresentatives(
  rules: readonly CompiledRule[],
  declared: readonly Port[],
): Port[] {
  const bounds = new Map<Protocol, Set<number>>(PROTOCOLS.map((p) => [p, new Set([1])]));
  const add = (protocol: Protocol, port: number): void => {
    if (port >= 1 && port <= 65535) bounds.get(protocol)?.add(port);
  };
  for (const rule of rules) {
    for (const m of rule.ports ?? []) {
      if (m.kind === 'range') {
        add(m.protocol, m.port);
        add(m.protocol, m.endPort + 1);
      }
    }
  }
  for (const d of declared) {
    add(d.protocol, d.port);
    add(d.protocol, d.port + 1);
  }
  return PROTOCOLS.flatMap((protocol) =>
    [...(bounds.get(protocol) ?? [])].sort((a, b) => a - b).map((port) => ({ port, protocol })),
  );
}

/** Named ports per port, computed once per `findFindings`. */
export function namedPortsCache(index: PolicyIndex): (port: Port) => NamedPorts {
  const cache = new Map<string, NamedPorts>();
  return ({ port, protocol }) => {
    const key = `${port}/${protocol}`;
    let named = cache.get(key);
    if (named === undefined) {
      named = namedPortsAt(index.cluster, port, protocol);
      cache.set(key, named);
    }
    return named;
  };
}

/** Rules with the same `ports`, which admit on the same ports. */
interface PortClass {
  readonly rule: CompiledRule;
  readonly members: { p: number; r: number; rule: CompiledRule; ips: IpReach }[];
}

function portClassesOf(index: PolicyIndex, direction: Direction, group: IsolationGroup) {
  const classes = new Map<string, PortClass>();
  for (const p of group.policies) {
    (index.policies[p]?.[direction] ?? []).forEach((rule, r) => {
      const key = JSON.stringify(rule.ports);
      let c = classes.get(key);
      if (c === undefined) {
        c = { rule, members: [] };
        classes.set(key, c);
      }
      c.members.push({ p, r, rule, ips: ipReachOf(rule) });
    });
  }
  return [...classes.values()];
}

/** The distinct container ports of the group's pods. */
function podPorts(index: PolicyIndex, group: IsolationGroup): Port[] {
  const ports = new Map<string, Port>();
  for (const pod of group.pods) {
    for (const c of index.cluster.workloads[pod]?.ports ?? []) {
      ports.set(`${c.containerPort}/${c.protocol}`, {
        port: c.containerPort,
        protocol: c.protocol,
      });
    }
  }
  return [...ports.values()];
}

/**
 * The contexts of one group: per representative port (and, for ingress, per
 * set of names the group's destinations give that port), the reach of each
 * rule of the group's policies that lets something through there. Ingress:
 * sources that may connect to the group's pods; egress: destinations the
 * group's pods may connect to (a named port reaches only pods declaring it,
 * never an address outside). Contexts with the same reaches are kept once.
 */
export function groupContexts(
  index: PolicyIndex,
  direction: Direction,
  group: IsolationGroup,
  declared: readonly Port[],
  named: (port: Port) => NamedPorts,
): RuleReach[][] {
  const classes = portClassesOf(index, direction, group);
  const ports = direction === 'egress' ? declared : podPorts(index, group);
  const contexts = new Map<string, RuleReach[]>();
  const reps = portRepresentatives(
    classes.map((c) => c.rule),
    ports,
  );
  for (const rep of reps) {
    const reach = classes.map((c) => rulePortReach(c.rule, rep.port, rep.protocol));
    const anyNamed = reach.some((x) => !x.all && x.names.length > 0);
    const names = anyNamed ? named(rep) : null;
    if (direction === 'egress') {
      const key = reach
        .map((x, k) =>
          x.all ? `${k}` : x.names.length > 0 ? `${k}@${rep.port}/${rep.protocol}` : '',
        )
        .join(' ');
      if (contexts.has(key)) continue;
      const list = classes.flatMap((c, k): RuleReach[] => {
        const x = reach[k];
        if (x === undefined || (!x.all && x.names.length === 0)) return [];
        if (x.all)
          return c.members.map(({ p, r, rule, ips }) => ({ p, r, pods: rule.peerPods, ips }));
        const declaring = names?.any(x.names);
        return c.members.map(({ p, r, rule }) => ({
          p,
          r,
          pods: declaring === undefined ? null : bitsetAnd(rule.peerPods, declaring),
          ips: [],
        }));
      });
      if (list.length > 0) contexts.set(key, list);
      continue;
    }
    const signatures =
      names === null ? [0] : new Set(group.pods.map((pod) => names.signatureOf[pod] ?? 0));
    for (const signature of signatures) {
      const given = names?.signatures[signature] ?? [];
      const admitting = classes.filter((_, k) => {
        const x = reach[k];
        return x !== undefined && (x.all || x.names.some((n) => given.includes(n)));
      });
      const key = admitting.map((c) => classes.indexOf(c)).join(' ');
      if (admitting.length === 0 || contexts.has(key)) continue;
      contexts.set(
        key,
        admitting.flatMap((c) =>
          c.members.map(({ p, r, rule, ips }) => ({ p, r, pods: rule.peerPods, ips })),
        ),
      );
    }
  }
  return [...contexts.values()];
}
