/**
 * What a rule lets through in one context (a port, for a class of pods): the
 * pods as a bitset, the addresses outside as ipBlocks, and whether one list
 * of reaches covers another (`findingsContexts.ts` builds the contexts).
 */
import type { Protocol } from '../../model';
import type { Bitset } from '../match/bitset';
import { rangeContains, rangesOverlap } from '../match/cidr';
import type { CompiledRule } from '../compile/compiledPolicy';
import type { IpBlockMatcher } from '../match/ipBlock';

/** The addresses outside the cluster a rule admits: every one, or the union of ipBlocks. */
export type IpReach = 'all' | readonly IpBlockMatcher[];

/** What rule `r` of policy `p` lets through in one context (a port, for a class of pods). */
export interface RuleReach {
  readonly p: number;
  readonly r: number;
  /** null: no pod. */
  readonly pods: Bitset | null;
  readonly ips: IpReach;
}

export interface Port {
  readonly port: number;
  readonly protocol: Protocol;
}

/** The addresses outside the cluster a rule admits. */
export function ipReachOf(rule: CompiledRule): IpReach {
  if (rule.peers === null) return 'all';
  return rule.peers.flatMap((peer) =>
    peer.kind === 'ipBlock' && peer.block !== null ? [peer.block] : [],
  );
}

/**
 * Every address `a` admits is admitted by `b` (for CIDRs, which nest or are
 * disjoint: `b`'s range holds `a`'s, and each of `b`'s exceptions inside `a`
 * is inside one of `a`'s). Conservative: a block covered only by several
 * blocks together counts as not covered.
 */
function blockWithin(a: IpBlockMatcher, b: IpBlockMatcher): boolean {
  if (!rangeContains(b.cidr, a.cidr)) return false;
  return b.except.every(
    (e) => !rangesOverlap(e, a.cidr) || a.except.some((ae) => rangeContains(ae, e)),
  );
}

export function reachIsEmpty(reach: RuleReach): boolean {
  return (
    (reach.pods === null || reach.pods.every((w) => w === 0)) &&
    reach.ips !== 'all' &&
    reach.ips.length === 0
  );
}

/**
 * Whether everything `subject` lets through, `others` let through too:
 * pods word by word, addresses block by block.
 */
export function reachCovered(subject: readonly RuleReach[], others: readonly RuleReach[]): boolean {
  const words = subject.find((s) => s.pods !== null)?.pods?.length ?? 0;
  for (let w = 0; w < words; w++) {
    let mine = 0;
    for (const s of subject) mine |= s.pods?.[w] ?? 0;
    if (mine === 0) continue;
    let theirs = 0;
    for (const o of others) theirs |= o.pods?.[w] ?? 0;
    if ((mine & ~theirs) !== 0) return false;
  }
  if (others.some((o) => o.ips === 'all')) return true;
  const blocks = others.flatMap((o) => (o.ips === 'all' ? [] : o.ips));
  return subject.every(
    (s) => s.ips !== 'all' && s.ips.every((a) => blocks.some((b) => blockWithin(a, b))),
  );
}
