/**
 * The working state of the redundancy check: the contexts of each group
 * (built once, on demand), the groups of each policy, and per context the
 * union of each policy's live reaches (cached until one of its rules is
 * taken out), so a re-check costs a few ORs per policy, not per rule.
 */
import type { Doc } from '../../model';
import { declaredPorts } from '../verdict/declaredPorts';
import type { RuleReach } from './coverage';
import type { Direction } from '../text/direction';
import { groupContexts, namedPortsCache } from './contexts';
import { reachCovered } from './coverage';
import { holdersAdd, podsOrInto } from './leaveOneOut';
import type { PolicyIndex } from '../compile/policyIndex';

export const DIRECTIONS: readonly Direction[] = ['ingress', 'egress'];

export interface Context {
  readonly reaches: readonly RuleReach[];
  readonly byPolicy: ReadonlyMap<number, readonly RuleReach[]>;
  /** Per policy, the OR of the pods of its live reaches. */
  readonly unions: Map<number, Uint32Array>;
}

export interface Pass {
  contexts(direction: Direction, g: number): readonly Context[];
  groupsOf(direction: Direction, p: number): readonly number[];
  /** The policy has a rule with no peers and no ports: it allows everything in that direction. */
  allowsAll(p: number, direction: Direction): boolean;
  readonly removedPolicies: ReadonlySet<number>;
  /** Whether the other live policies of the context cover policy `p`'s reaches. */
  policyCovered(context: Context, p: number, direction: Direction): boolean;
  removePolicy(p: number): void;
  isRemoved(x: RuleReach, direction: Direction): boolean;
  removeRule(p: number, direction: Direction, r: number): void;
  /** Whether `subject`'s reaches are covered by the live reaches of `others`' policies and `extra`. */
  covered(
    context: Context,
    subject: readonly RuleReach[],
    others: Iterable<number>,
    extra: readonly RuleReach[],
    direction: Direction,
  ): boolean;
}

/** The reach lets some address outside the cluster through. */
export function reachHasIps(x: RuleReach): boolean {
  return x.ips === 'all' || x.ips.length > 0;
}

export const ruleKey = (p: number, direction: Direction, r: number): string =>
  `${p} ${direction} ${r}`;

function contextOf(reaches: readonly RuleReach[]): Context {
  const byPolicy = new Map<number, RuleReach[]>();
  for (const x of reaches) {
    const list = byPolicy.get(x.p);
    if (list === undefined) byPolicy.set(x.p, [x]);
    else list.push(x);
  }
  return { reaches, byPolicy, unions: new Map() };
}

export function passOf(doc: Doc, index: PolicyIndex): Pass {
  const named = namedPortsCache(index);
  const declared = declaredPorts(doc);
  const words = index.all.length;
  const cache = new Map<string, Context[]>();
  const groups = new Map<string, number[]>();
  for (const direction of DIRECTIONS) {
    index[direction].groups.forEach((g, i) => {
      for (const p of g.policies) {
        const key = `${direction} ${p}`;
        groups.set(key, [...(groups.get(key) ?? []), i]);
      }
    });
  }
  const removedRules = new Set<string>();
  const removedPolicies = new Set<number>();
  const isRemoved = (x: RuleReach, direction: Direction): boolean =>
    removedPolicies.has(x.p) || removedRules.has(ruleKey(x.p, direction, x.r));
  const contexts = (direction: Direction, g: number): readonly Context[] => {
    const key = `${direction} ${g}`;
    let found = cache.get(key);
    if (found === undefined) {
      const group = index[direction].groups[g];
      found =
        group === undefined
          ? []
          : groupContexts(index, direction, group, declared, named).map(contextOf);
      cache.set(key, found);
    }
    return found;
  };
  const groupsOf = (direction: Direction, p: number): readonly number[] =>
    groups.get(`${direction} ${p}`) ?? [];
  const unionOf = (context: Context, p: number, direction: Direction): Uint32Array => {
    let union = context.unions.get(p);
    if (union === undefined) {
      union = new Uint32Array(words);
      for (const x of context.byPolicy.get(p) ?? []) {
        if (!isRemoved(x, direction)) podsOrInto(union, x.pods);
      }
      context.unions.set(p, union);
    }
    return union;
  };
  /**
   * Per context, how many live policies hold each pod, and the pods held by
   * two or more (`multi`): a policy is covered where all its pods are in
   * `multi`. Used while policies are removed, before any rule is.
   */
  const holders = new WeakMap<Context, { counts: Uint16Array; multi: Uint32Array }>();
  const holdersOf = (context: Context, direction: Direction) => {
    let found = holders.get(context);
    if (found === undefined) {
      found = { counts: new Uint16Array(words * 32), multi: new Uint32Array(words) };
      for (const q of context.byPolicy.keys()) {
        if (!removedPolicies.has(q)) holdersAdd(found, unionOf(context, q, direction), 1);
      }
      holders.set(context, found);
    }
    return found;
  };
  const ipReachesOf = (context: Context, p: number, direction: Direction): RuleReach[] =>
    (context.byPolicy.get(p) ?? []).filter((x) => reachHasIps(x) && !isRemoved(x, direction));
  return {
    contexts,
    groupsOf,
    policyCovered: (context, p, direction) => {
      const { multi } = holdersOf(context, direction);
      const union = unionOf(context, p, direction);
      for (let w = 0; w < words; w++) {
        if (((union[w] ?? 0) & ~(multi[w] ?? 0)) !== 0) return false;
      }
      const mine = ipReachesOf(context, p, direction);
      if (mine.length === 0) return true;
      const theirs = [...context.byPolicy.keys()]
        .filter((q) => q !== p && !removedPolicies.has(q))
        .flatMap((q) => ipReachesOf(context, q, direction));
      const strip = (x: RuleReach): RuleReach => ({ ...x, pods: null });
      return reachCovered(mine.map(strip), theirs.map(strip));
    },
    removePolicy: (p) => {
      removedPolicies.add(p);
      for (const direction of DIRECTIONS) {
        for (const g of groupsOf(direction, p)) {
          for (const c of contexts(direction, g)) {
            const held = holders.get(c);
            if (held !== undefined) holdersAdd(held, unionOf(c, p, direction), -1);
          }
        }
      }
    },
    allowsAll: (p, direction) =>
      (index.policies[p]?.[direction] ?? []).some((r) => r.peers === null && r.ports === null),
    removedPolicies,
    isRemoved,
    removeRule: (p, direction, r) => {
      removedRules.add(ruleKey(p, direction, r));
      for (const g of groupsOf(direction, p)) {
        for (const c of contexts(direction, g)) c.unions.delete(p);
      }
    },
    covered: (context, subject, others, extra, direction) => {
      const mine = new Uint32Array(words);
      for (const x of subject) podsOrInto(mine, x.pods);
      const theirs = new Uint32Array(words);
      const ipOthers: RuleReach[] = [];
      for (const q of others) {
        const reaches = context.byPolicy.get(q);
        if (reaches === undefined) continue;
        podsOrInto(theirs, unionOf(context, q, direction));
        for (const x of reaches) if (reachHasIps(x) && !isRemoved(x, direction)) ipOthers.push(x);
      }
      for (const x of extra) {
        podsOrInto(theirs, x.pods);
        if (reachHasIps(x)) ipOthers.push(x);
      }
      for (let w = 0; w < words; w++) {
        if (((mine[w] ?? 0) & ~(theirs[w] ?? 0)) !== 0) return false;
      }
      const ipSubject = subject.filter(reachHasIps);
      const strip = (x: RuleReach): RuleReach => ({ ...x, pods: null });
      return ipSubject.length === 0 || reachCovered(ipSubject.map(strip), ipOthers.map(strip));
    },
  };
}
