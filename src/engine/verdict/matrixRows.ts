/**
 * The rows a matrix is made of, for one port and protocol: per egress group
 * the destinations its sources may reach, and per destination class the
 * sources its ingress accepts. Rows live in one flat `Uint32Array` (`words`
 * words each); row 0 is every pod (for pods not isolated in that direction).
 */
import type { Protocol } from '../../model';
import { bitsetAnd, bitsetOrInto } from '../match/bitset';
import type { Bitset } from '../match/bitset';
import type { CompiledRule } from '../compile/compiledPolicy';
import type { NamedPorts } from '../match/namedPorts';
import type { PolicyIndex } from '../compile/policyIndex';

export interface MatrixRows {
  readonly rows: Uint32Array;
  /** Per pod: its row (0 when not isolated). */
  readonly rowOf: Int32Array;
}

/**
 * What a rule's `ports` allow on `port`/`protocol`: every destination, or only
 * destinations declaring one of `names` there (named ports), or nothing.
 */
export function rulePortReach(
  rule: CompiledRule,
  port: number,
  protocol: Protocol,
): { readonly all: boolean; readonly names: readonly string[] } {
  if (rule.ports === null) return { all: true, names: [] };
  const names: string[] = [];
  for (const m of rule.ports) {
    if (m.protocol !== protocol) continue;
    if (m.kind === 'protocol') return { all: true, names: [] };
    if (m.kind === 'range' && m.port <= port && port <= m.endPort) return { all: true, names: [] };
    if (m.kind === 'named') names.push(m.name);
  }
  return { all: false, names };
}

function rowsWithAll(index: PolicyIndex, count: number): { rows: Uint32Array; words: number } {
  const words = index.all.length;
  const rows = new Uint32Array((count + 1) * words);
  rows.set(index.all, 0);
  return { rows, words };
}

/** Egress: one row per isolation group (the OR over its policies of what their rules reach). */
export function egressRowsOf(
  index: PolicyIndex,
  named: NamedPorts,
  port: number,
  protocol: Protocol,
): MatrixRows {
  const { groups, groupOf } = index.egress;
  const { rows, words } = rowsWithAll(index, groups.length);
  const perPolicy = new Map<number, Bitset>();
  const policyRow = (p: number): Bitset => {
    let row = perPolicy.get(p);
    if (row !== undefined) return row;
    row = new Uint32Array(words);
    for (const rule of index.policies[p]?.egress ?? []) {
      const reach = rulePortReach(rule, port, protocol);
      if (reach.all) bitsetOrInto(row, rule.peerPods);
      else if (reach.names.length > 0) {
        bitsetOrInto(row, bitsetAnd(rule.peerPods, named.any(reach.names)));
      }
    }
    perPolicy.set(p, row);
    return row;
  };
  groups.forEach((group, g) => {
    const row = rows.subarray((g + 1) * words, (g + 2) * words);
    for (const p of group.policies) bitsetOrInto(row, policyRow(p));
  });
  return { rows, rowOf: groupOf.map((g) => g + 1) };
}

/**
 * Ingress: one row per destination class, where a class is an isolation group
 * and a set of names the destinations give the port (named rule ports depend
 * on the destination).
 */
export function ingressRowsOf(
  index: PolicyIndex,
  named: NamedPorts,
  port: number,
  protocol: Protocol,
): MatrixRows {
  const { groups, groupOf } = index.ingress;
  const signatureCount = named.signatures.length;
  const classes = new Map<number, number>();
  const classOf = new Int32Array(groupOf.length);
  const members: [group: number, signature: number][] = [];
  groupOf.forEach((g, d) => {
    if (g < 0) return;
    const signature = named.signatureOf[d] ?? 0;
    const key = g * signatureCount + signature;
    let c = classes.get(key);
    if (c === undefined) {
      c = members.length + 1;
      classes.set(key, c);
      members.push([g, signature]);
    }
    classOf[d] = c;
  });
  const { rows, words } = rowsWithAll(index, members.length);
  members.forEach(([g, signature], i) => {
    const row = rows.subarray((i + 1) * words, (i + 2) * words);
    const names = named.signatures[signature] ?? [];
    for (const p of groups[g]?.policies ?? []) {
      for (const rule of index.policies[p]?.ingress ?? []) {
        const reach = rulePortReach(rule, port, protocol);
        if (reach.all || reach.names.some((name) => names.includes(name))) {
          bitsetOrInto(row, rule.peerPods);
        }
      }
    }
  });
  return { rows, rowOf: classOf };
}
