/**
 * All-pairs verdicts for one port and protocol, from the compiled index with
 * word-level bitset operations (no per-pair work besides writing the answer).
 *
 * For each source, the destinations its egress allows (every pod when not
 * egress-isolated, else the OR of the peer sets of the isolating policies'
 * egress rules whose ports match); for each destination, the sources its
 * ingress allows (likewise). `allowed[s][d] = egress[s][d] AND ingress[d][s]`,
 * the same rule `isTrafficAllowed` applies to one pair.
 */
import type { Protocol } from '../model';
import { bitBlockTransposeInto, bitsetAnd, bitsetEmpty, bitsetOrInto, bitsetWords } from './bitset';
import type { Bitset } from './bitset';
import type { CompiledRule } from './compiledPolicy';
import { namedPortsAt } from './namedPorts';
import type { NamedPorts } from './namedPorts';
import type { PolicyIndex } from './policyIndex';
import type { Matrix } from './verdict';

/**
 * What a rule's `ports` allow on `port`/`protocol`: every destination, or only
 * destinations declaring one of `names` there (named ports), or nothing.
 */
function rulePortReach(
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

/** Per egress group: the destinations its sources may open connections to. */
function egressRows(index: PolicyIndex, named: NamedPorts, port: number, protocol: Protocol) {
  const perPolicy = new Map<number, Bitset>();
  const policyRow = (p: number): Bitset => {
    let row = perPolicy.get(p);
    if (row !== undefined) return row;
    row = bitsetEmpty(index.pods.length);
    for (const rule of index.policies[p]?.egress ?? []) {
      const reach = rulePortReach(rule, port, protocol);
      if (reach.all) bitsetOrInto(row, rule.peerPods);
      else if (reach.names.length > 0)
        bitsetOrInto(row, bitsetAnd(rule.peerPods, named.any(reach.names)));
    }
    perPolicy.set(p, row);
    return row;
  };
  return index.egress.groups.map((group) => {
    const [only] = group.policies;
    if (group.policies.length === 1 && only !== undefined) return policyRow(only);
    const row = bitsetEmpty(index.pods.length);
    for (const p of group.policies) bitsetOrInto(row, policyRow(p));
    return row;
  });
}

/**
 * Per destination: the sources its ingress accepts. Destinations with the same
 * isolating policies and the same names for the port share one row.
 */
function ingressRows(
  index: PolicyIndex,
  named: NamedPorts,
  port: number,
  protocol: Protocol,
): readonly Bitset[] {
  const byClass = new Map<number, Bitset>();
  const signatureCount = named.signatures.length;
  const classRow = (g: number, signature: number): Bitset => {
    const key = g * signatureCount + signature;
    let row = byClass.get(key);
    if (row !== undefined) return row;
    row = bitsetEmpty(index.pods.length);
    const names = named.signatures[signature] ?? [];
    for (const p of index.ingress.groups[g]?.policies ?? []) {
      for (const rule of index.policies[p]?.ingress ?? []) {
        const reach = rulePortReach(rule, port, protocol);
        if (reach.all || reach.names.some((name) => names.includes(name))) {
          bitsetOrInto(row, rule.peerPods);
        }
      }
    }
    byClass.set(key, row);
    return row;
  };
  const { groupOf } = index.ingress;
  return index.pods.map((_, d) => {
    const g = groupOf[d] ?? -1;
    return g < 0 ? index.all : classRow(g, named.signatureOf[d] ?? 0);
  });
}

/**
 * Row `s` (`words` words from `s * words`): the destinations whose ingress
 * accepts `s`, by transposing the destinations' rows in 32×32 blocks.
 */
function transposed(rows: readonly Bitset[], n: number, words: number): Uint32Array {
  const out = new Uint32Array(n * words);
  const block = new Uint32Array(32);
  for (let dw = 0; dw < words; dw++) {
    const blockRows = rows.slice(dw * 32, dw * 32 + 32);
    const count = blockRows.length;
    const first = blockRows[0];
    const shared = first !== undefined && blockRows.every((r) => r === first);
    const allRows = count === 32 ? -1 : (1 << count) - 1;
    for (let sw = 0; sw < words; sw++) {
      const sources = Math.min(32, n - sw * 32);
      const at = sw * 32 * words + dw;
      if (shared) {
        // Every destination of the block accepts the same sources.
        const word = first[sw] ?? 0;
        if (word === 0) continue;
        for (let c = 0; c < sources; c++) out[at + c * words] = (word >>> c) & 1 ? allRows : 0;
        continue;
      }
      let or = 0;
      for (let r = 0; r < 32; r++) {
        const word = r < count ? (blockRows[r]?.[sw] ?? 0) : 0;
        block[r] = word;
        or |= word;
      }
      if (or === 0) continue;
      bitBlockTransposeInto(block);
      for (let c = 0; c < sources; c++) out[at + c * words] = block[c] ?? 0;
    }
  }
  return out;
}

/** All pairs of the index's pods on `port`/`protocol`. */
export function buildMatrix(index: PolicyIndex, port: number, protocol: Protocol): Matrix {
  const n = index.pods.length;
  const words = bitsetWords(n);
  const named = namedPortsAt(index.cluster, port, protocol);
  const egress = egressRows(index, named, port, protocol);
  const ingress = transposed(ingressRows(index, named, port, protocol), n, words);
  const allowed = new Uint32Array(Math.ceil((n * n) / 32));
  for (let s = 0; s < n; s++) {
    const g = index.egress.groupOf[s] ?? -1;
    const row = g < 0 ? index.all : (egress[g] ?? index.all);
    const base = s * n;
    for (let w = 0; w < words; w++) {
      const v = (row[w] ?? 0) & (ingress[s * words + w] ?? 0);
      if (v === 0) continue;
      const offset = base + w * 32;
      const at = offset >>> 5;
      const shift = offset & 31;
      allowed[at] = (allowed[at] ?? 0) | (v << shift);
      if (shift !== 0 && at + 1 < allowed.length) {
        allowed[at + 1] = (allowed[at + 1] ?? 0) | (v >>> (32 - shift));
      }
    }
  }
  return { port, protocol, pods: index.pods, allowed };
}

/** Whether pod `from` may open a connection to pod `to` (indexes into `m.pods`). */
export function matrixAllows(m: Matrix, from: number, to: number): boolean {
  const bit = from * m.pods.length + to;
  return (((m.allowed[bit >>> 5] ?? 0) >>> (bit & 31)) & 1) === 1;
}
