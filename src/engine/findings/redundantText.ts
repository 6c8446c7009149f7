/**
 * The findings for redundant policies and rules, with their fixes: remove the
 * policy, or remove the rule (`removeRulePeer` with no peer, which keeps the
 * drawn-flow records in step).
 */
import type { Doc, PolicyType } from '../../model';
import type { DocEdit } from '../edits/types';
import type { Finding } from './types';
import type { Direction } from '../text/direction';
import { namesJoin } from '../text/namesJoin';
import { policyName, policySubject, rulePath, selectedSubjects } from './text';
import type { PolicyIndex } from '../compile/policyIndex';
import { effectivePolicyTypes } from '../compile/policyPlan';

/** The other policies that isolate the same pods as policy `p`. */
function neighbours(index: PolicyIndex, p: number): string[] {
  const others = new Set<number>();
  for (const direction of ['ingress', 'egress'] as const) {
    for (const g of index[direction].groups) {
      if (g.policies.includes(p)) for (const q of g.policies) if (q !== p) others.add(q);
    }
  }
  return [...others]
    .sort((a, b) => a - b)
    .flatMap((q) => {
      const ref = index.policies[q]?.ref;
      return ref === undefined ? [] : [policyName(ref)];
    });
}

export function redundantPolicyFinding(doc: Doc, index: PolicyIndex, p: number): Finding[] {
  const ref = index.policies[p]?.ref;
  if (ref === undefined || doc.policies[p] === undefined) return [];
  const others = neighbours(index, p);
  return [
    {
      id: `policyRedundant:${policyName(ref)}`,
      kind: 'policyRedundant',
      severity: 'info',
      message:
        others.length === 0
          ? `${policyName(ref)} allows every connection of the pods it selects, which no other policy isolates, so removing it changes no verdict.`
          : `${policyName(ref)} allows nothing that ${namesJoin(others)} ${others.length === 1 ? 'does' : 'do'} not already allow, so removing it changes no verdict.`,
      subjects: [policySubject(ref), ...selectedSubjects(index, p)],
      fix: { type: 'removePolicy', ref },
      fixLabel: `Remove policy ${policyName(ref)}`,
    },
  ];
}

/**
 * Removing the last rule of a direction must not drop the isolation: a policy
 * whose `policyTypes` is not written out (`egress: [rule]` alone means Egress)
 * gets it written out first.
 */
function ruleRemoval(doc: Doc, index: PolicyIndex, p: number, direction: Direction, r: number) {
  const policy = doc.policies[p];
  const ref = index.policies[p]?.ref;
  if (policy === undefined || ref === undefined) return null;
  const remove: DocEdit = {
    type: 'removeRulePeer',
    rule: { policy: ref, direction, ruleIndex: r },
    peerIndex: null,
  };
  if ((policy.spec.policyTypes ?? []).length > 0) return remove;
  const types = effectivePolicyTypes(policy.spec);
  const policyTypes: PolicyType[] = [
    ...(types.ingress ? ['Ingress' as const] : []),
    ...(types.egress ? ['Egress' as const] : []),
  ];
  const explicit: DocEdit = {
    type: 'replacePolicy',
    ref,
    policy: { ...policy, spec: { ...policy.spec, policyTypes } },
  };
  return { type: 'batch' as const, edits: [explicit, remove] };
}

export function redundantRuleFinding(
  doc: Doc,
  index: PolicyIndex,
  p: number,
  direction: Direction,
  r: number,
): Finding[] {
  const ref = index.policies[p]?.ref;
  const fix = ruleRemoval(doc, index, p, direction, r);
  if (ref === undefined || fix === null) return [];
  const path = rulePath(direction, r);
  return [
    {
      id: `ruleRedundant:${policyName(ref)}:${path}`,
      kind: 'ruleRedundant',
      severity: 'info',
      message: `${path} of ${policyName(ref)} allows nothing that other ${direction} rules do not already allow, so removing it changes no verdict.`,
      subjects: [policySubject(ref, path), ...selectedSubjects(index, p)],
      fix,
      fixLabel: `Remove ${path} of ${policyName(ref)}`,
    },
  ];
}
