/**
 * Labels that a label selector matches: what an inferred pod carries so that
 * the policies select it as they would the real pods.
 */
import type { LabelSelector, LabelSelectorRequirement, Labels } from '../../model';
import { selectorMatches } from '../match/selector';

/** The value given to a key that must only exist (`operator: Exists`). */
const ANY_VALUE = 'any';

interface KeyRule {
  /** Allowed values (`matchLabels`, `In`, intersected); undefined: any value. */
  allowed?: readonly string[];
  forbidden: Set<string>;
  present: boolean;
  absent: boolean;
}

function keyRules(selector: LabelSelector): Map<string, KeyRule> {
  const rules = new Map<string, KeyRule>();
  const ruleOf = (key: string): KeyRule => {
    let rule = rules.get(key);
    if (rule === undefined) {
      rule = { forbidden: new Set(), present: false, absent: false };
      rules.set(key, rule);
    }
    return rule;
  };
  const allow = (rule: KeyRule, values: readonly string[]) => {
    rule.allowed =
      rule.allowed === undefined ? values : rule.allowed.filter((v) => values.includes(v));
    rule.present = true;
  };
  for (const [key, value] of Object.entries(selector.matchLabels ?? {}))
    allow(ruleOf(key), [value]);
  for (const r of selector.matchExpressions ?? []) requirementAdd(ruleOf(r.key), r, allow);
  return rules;
}

function requirementAdd(
  rule: KeyRule,
  r: LabelSelectorRequirement,
  allow: (rule: KeyRule, values: readonly string[]) => void,
): void {
  const values = r.values ?? [];
  if (r.operator === 'In') allow(rule, values);
  else if (r.operator === 'NotIn') values.forEach((v) => rule.forbidden.add(v));
  else if (r.operator === 'Exists') rule.present = true;
  else rule.absent = true;
}

/** `any`, else `any-2`, `any-3`…: the first that no `NotIn` forbids. */
function freeValue(forbidden: ReadonlySet<string>): string {
  let value = ANY_VALUE;
  for (let n = 2; forbidden.has(value); n++) value = `${ANY_VALUE}-${String(n)}`;
  return value;
}

/**
 * Labels the selector matches, or null when none can (`app: a` with
 * `app NotIn [a]`, `In` and `DoesNotExist` on one key). `matchLabels` are
 * kept; `In` takes its first allowed value; `Exists` gets `any`; a key with
 * only `NotIn` or `DoesNotExist` is left out, which both accept:
 *
 * ```yaml
 * matchLabels: {app: web}
 * matchExpressions:
 *   - {key: tier, operator: In, values: [front, edge]}   # tier: front
 *   - {key: env, operator: NotIn, values: [prod]}        # no env label
 * ```
 */
export function selectorLabels(selector: LabelSelector): Labels | null {
  const labels: Record<string, string> = {};
  for (const [key, rule] of keyRules(selector)) {
    if (!rule.present) continue;
    if (rule.absent) return null;
    const value =
      rule.allowed === undefined
        ? freeValue(rule.forbidden)
        : rule.allowed.find((v) => !rule.forbidden.has(v));
    if (value === undefined) return null;
    labels[key] = value;
  }
  return selectorMatches(selector, labels) ? labels : null;
}
