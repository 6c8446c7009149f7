/**
 * Rules and policies that allow nothing the others do not already allow:
 * removing one changes no verdict, for any pod or address of the document on
 * any port. Computed per isolation group (pods isolated by the same policies)
 * with bitsets over exact port intervals (`findingsContexts.ts`).
 *
 * ```yaml
 * ingress:
 *   - from: [{podSelector: {matchLabels: {role: web}}}]
 *     ports: [{port: 80}]
 *   - from: [{podSelector: {}}]         # every pod of the namespace, any port:
 *                                       # rule 0 adds nothing to it
 * ```
 *
 * Not reported: a rule or policy that lets nothing through at all (a peer
 * matching no workload, a named port nobody declares: other findings say so;
 * a default deny: its job is to isolate), and a policy selecting no pod.
 *
 * Two guarantees, both property-tested: each reported rule or policy is
 * covered by all the others (its fix alone changes nothing), and mutual
 * redundancy (two identical rules) is settled in reverse document order, so
 * only the later one is reported and applying every fix together changes
 * nothing either. Removing one may reveal another (a policy allowing
 * everything is removable once the policy sharing its pods is gone).
 *
 * Cost: one pass over the contexts of every group (word-wise: a unit is
 * covered where at least two units hold its pods), then a re-check of the
 * candidates only. About 20 ms on a generated 1,000-pod, 50-namespace,
 * 300-policy cluster, 100 ms with all 1,000 pods in one namespace. Skipped,
 * with no finding, when `workEstimate` exceeds `REDUNDANCY_BUDGET`.
 */
import type { Doc } from '../../model';
import { declaredPorts } from '../verdict/declaredPorts';
import type { Finding } from './types';
import { reachIsEmpty } from './coverage';
import type { Direction } from '../text/direction';
import { leaveOneOut } from './leaveOneOut';
import type { Pass } from './redundantPass';
import { DIRECTIONS, passOf, ruleKey } from './redundantPass';
import { redundantPolicyFinding, redundantRuleFinding } from './redundantText';
import type { PolicyIndex } from '../compile/policyIndex';

/**
 * A few hundred milliseconds of work at most. Generated clusters: 1,000 pods
 * and 300 policies estimate 1e6 (50 namespaces) to 1e7 (one namespace);
 * 5,000 pods and 1,000 policies 2e7; 10,000 pods and 3,000 policies 3e8 (skipped).
 */
export const REDUNDANCY_BUDGET = 1e8;

/** Rules × representative ports × pod words, summed over the isolation groups. */
export function workEstimate(doc: Doc, index: PolicyIndex): number {
  const words = index.all.length;
  const ports = declaredPorts(doc).length;
  let total = 0;
  for (const direction of DIRECTIONS) {
    for (const g of index[direction].groups) {
      let rules = 0;
      let ranges = 0;
      for (const p of g.policies) {
        for (const rule of index.policies[p]?.[direction] ?? []) {
          rules++;
          ranges += rule.ports?.length ?? 0;
        }
      }
      total += rules * (3 + 2 * ranges + 2 * ports) * words * 3;
    }
  }
  return total;
}

/**
 * First pass, every context once: which rules are covered by the others
 * everywhere (and let something through somewhere), and which policies are
 * not covered by the other policies of one of their groups (alone in a group,
 * a policy is covered only if it allows everything: un-isolating the pods
 * then changes nothing).
 */
function candidates(index: PolicyIndex, pass: Pass) {
  const ruleCovered = new Map<string, boolean>();
  const ruleUseful = new Set<string>();
  const policyUncovered = new Set<number>();
  for (const direction of DIRECTIONS) {
    index[direction].groups.forEach((group, g) => {
      const only = group.policies.length === 1 ? group.policies[0] : undefined;
      if (only !== undefined && !pass.allowsAll(only, direction)) policyUncovered.add(only);
      for (const { reaches, byPolicy } of pass.contexts(direction, g)) {
        const ruleFlags = leaveOneOut(reaches.map((x) => [x]));
        reaches.forEach((x, i) => {
          const key = ruleKey(x.p, direction, x.r);
          ruleCovered.set(key, (ruleCovered.get(key) ?? true) && ruleFlags[i] === true);
          if (!reachIsEmpty(x)) ruleUseful.add(key);
        });
        if (only !== undefined) continue;
        const flags = leaveOneOut(group.policies.map((p) => byPolicy.get(p) ?? []));
        group.policies.forEach((p, i) => {
          if (flags[i] !== true) policyUncovered.add(p);
        });
      }
    });
  }
  return { ruleCovered, ruleUseful, policyUncovered };
}

/** Removing policy `p` (after the ones already removed) changes no verdict. */
function policyStillCovered(index: PolicyIndex, pass: Pass, p: number): boolean {
  return DIRECTIONS.every((direction) =>
    pass.groupsOf(direction, p).every((g) => {
      const rest = (index[direction].groups[g]?.policies ?? []).filter(
        (q) => q !== p && !pass.removedPolicies.has(q),
      );
      if (rest.length === 0) return pass.allowsAll(p, direction);
      return pass.contexts(direction, g).every((c) => pass.policyCovered(c, p, direction));
    }),
  );
}

/** Removing rule `r` of `p` (after the rules and policies already removed) changes no verdict. */
function ruleStillCovered(
  index: PolicyIndex,
  pass: Pass,
  p: number,
  direction: Direction,
  r: number,
): boolean {
  return pass.groupsOf(direction, p).every((g) => {
    const rest = (index[direction].groups[g]?.policies ?? []).filter(
      (q) => q !== p && !pass.removedPolicies.has(q),
    );
    return pass.contexts(direction, g).every((c) => {
      const own = c.byPolicy.get(p) ?? [];
      const self = own.filter((x) => x.r === r);
      const siblings = own.filter((x) => x.r !== r && !pass.isRemoved(x, direction));
      return self.length === 0 || pass.covered(c, self, rest, siblings, direction);
    });
  });
}

export function redundantFindings(doc: Doc, index: PolicyIndex): Finding[] {
  if (workEstimate(doc, index) > REDUNDANCY_BUDGET) return [];
  const pass = passOf(doc, index);
  const { ruleCovered, ruleUseful, policyUncovered } = candidates(index, pass);
  const usefulPolicy = (p: number): boolean =>
    DIRECTIONS.some((d) =>
      (index.policies[p]?.[d] ?? []).some((_, r) => ruleUseful.has(ruleKey(p, d, r))),
    );
  for (let p = index.policies.length - 1; p >= 0; p--) {
    if (policyUncovered.has(p) || !usefulPolicy(p)) continue;
    if (policyStillCovered(index, pass, p)) pass.removePolicy(p);
  }
  const rulesFound: Finding[][] = [];
  for (let p = index.policies.length - 1; p >= 0; p--) {
    if (pass.removedPolicies.has(p)) continue;
    for (const direction of [...DIRECTIONS].reverse()) {
      for (let r = (index.policies[p]?.[direction]?.length ?? 0) - 1; r >= 0; r--) {
        const key = ruleKey(p, direction, r);
        if (ruleCovered.get(key) !== true || !ruleUseful.has(key)) continue;
        if (!ruleStillCovered(index, pass, p, direction, r)) continue;
        pass.removeRule(p, direction, r);
        rulesFound.push(redundantRuleFinding(doc, index, p, direction, r));
      }
    }
  }
  return [
    ...[...pass.removedPolicies]
      .sort((a, b) => a - b)
      .flatMap((p) => redundantPolicyFinding(doc, index, p)),
    ...rulesFound.reverse().flat(),
  ];
}
