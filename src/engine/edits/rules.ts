/**
 * Rule-level edits of one policy, as the policy form makes them: add, set,
 * move and remove a rule of `spec.ingress` or `spec.egress`, set the
 * `podSelector` or the `policyTypes`. The drawn-flow record
 * (`netpol-canvas.dev/flows`, see `flows/marks.ts`) follows the rules:
 *
 * ```yaml
 * ingress:                      # marks: [{flow: a, rule: ingress[0]}, {flow: b, rule: ingress[1]}]
 *   - from: [{podSelector: {matchLabels: {app: web}}}]   # drawn by flow a
 *   - from: [{podSelector: {matchLabels: {app: ops}}}]   # drawn by flow b
 * # move ingress[1] to 0    -> b's mark says ingress[0], a's ingress[1]
 * # set ingress[0] by hand  -> a's mark goes: the rule is the user's now
 * # remove ingress[0]       -> a's mark goes, b's moves up to ingress[0]
 * ```
 *
 * A mark that goes hands its flags (`created`, `absent`) on, so removing the
 * other flows still undoes exactly what they did.
 */
import type { Doc, LabelSelector, NetworkPolicy, PolicyType } from '../../model';
import type { PolicyRef } from '../verdict/verdict';
import { dataEqual } from './dataEqual';
import { listReplace, policyIndexOf } from './docParts';
import type { PolicyRule, RuleRef } from './types';
import {
  flagsHandedOn,
  flowMarksOf,
  markOfRule,
  policyRuleRemove,
  policyWithMarks,
} from '../flows/marks';

import type { Direction } from '../text/direction';

/** The document with the policy at `ref` passed through `change` (the same document when unchanged). */
function policyChanged(
  doc: Doc,
  ref: PolicyRef,
  change: (policy: NetworkPolicy) => NetworkPolicy,
): Doc {
  const index = policyIndexOf(doc, ref);
  const policy = doc.policies[index];
  if (policy === undefined) return doc;
  const next = change(policy);
  return next === policy ? doc : { ...doc, policies: listReplace(doc.policies, index, next) };
}

function withRules(
  policy: NetworkPolicy,
  direction: Direction,
  rules: readonly PolicyRule[],
): NetworkPolicy {
  return { ...policy, spec: { ...policy.spec, [direction]: rules } };
}

/** The policy with `rule` appended to `spec.<direction>` (created when absent). */
export function policyRuleAdd(
  policy: NetworkPolicy,
  direction: Direction,
  rule: PolicyRule,
): NetworkPolicy {
  return withRules(policy, direction, [...(policy.spec[direction] ?? []), rule]);
}

/**
 * The policy with `spec.<direction>[index]` replaced by `rule`. A drawn rule
 * changed by hand is the user's: its mark goes (and hands its flags on), so
 * removing the flow leaves the rule alone.
 */
export function policyRuleSet(
  policy: NetworkPolicy,
  direction: Direction,
  index: number,
  rule: PolicyRule,
): NetworkPolicy {
  const rules = policy.spec[direction] ?? [];
  const current = rules[index];
  if (current === undefined || dataEqual(current, rule)) return policy;
  const next = withRules(policy, direction, listReplace(rules, index, rule));
  const marks = flowMarksOf(policy);
  const dropped = markOfRule(marks, direction, index, current);
  if (dropped === undefined) return next;
  const kept = marks.filter((m) => m !== dropped);
  return policyWithMarks(next, flagsHandedOn(kept, dropped, false, true));
}

/** Where the rule at `i` is once the rule at `from` has moved to `to`. */
function indexAfterMove(i: number, from: number, to: number): number {
  if (i === from) return to;
  if (from < to && i > from && i <= to) return i - 1;
  if (to < from && i >= to && i < from) return i + 1;
  return i;
}

/** The policy with `spec.<direction>[from]` moved to position `to`; the marks follow their rules. */
export function policyRuleMove(
  policy: NetworkPolicy,
  direction: Direction,
  from: number,
  to: number,
): NetworkPolicy {
  const rules = policy.spec[direction] ?? [];
  const moved = rules[from];
  if (moved === undefined || from === to || to < 0 || to >= rules.length) return policy;
  const reordered = rules.filter((_, i) => i !== from);
  reordered.splice(to, 0, moved);
  const next = withRules(policy, direction, reordered);
  const marks = flowMarksOf(policy);
  if (marks.length === 0) return next;
  const followed = marks.map((m) =>
    m.direction === direction ? { ...m, rule: indexAfterMove(m.rule, from, to) } : m,
  );
  return policyWithMarks(next, followed);
}

export function ruleAdd(doc: Doc, ref: PolicyRef, direction: Direction, rule: PolicyRule): Doc {
  return policyChanged(doc, ref, (p) => policyRuleAdd(p, direction, rule));
}

export function ruleSet(doc: Doc, at: RuleRef, rule: PolicyRule): Doc {
  return policyChanged(doc, at.policy, (p) => policyRuleSet(p, at.direction, at.ruleIndex, rule));
}

export function ruleMove(doc: Doc, at: RuleRef, to: number): Doc {
  return policyChanged(doc, at.policy, (p) => policyRuleMove(p, at.direction, at.ruleIndex, to));
}

/** Removing the last rule leaves `ingress: []`: the pods stay isolated, nothing is allowed. */
export function ruleRemove(doc: Doc, at: RuleRef): Doc {
  return policyChanged(doc, at.policy, (p) => policyRuleRemove(p, at.direction, at.ruleIndex));
}

export function podSelectorSet(doc: Doc, ref: PolicyRef, podSelector: LabelSelector): Doc {
  return policyChanged(doc, ref, (p) =>
    dataEqual(p.spec.podSelector, podSelector) ? p : { ...p, spec: { ...p.spec, podSelector } },
  );
}

export function policyTypesSet(doc: Doc, ref: PolicyRef, policyTypes: readonly PolicyType[]): Doc {
  return policyChanged(doc, ref, (p) =>
    dataEqual(p.spec.policyTypes, policyTypes) ? p : { ...p, spec: { ...p.spec, policyTypes } },
  );
}
