/**
 * Label selectors (`meta/v1` LabelSelector), evaluated as Kubernetes does.
 */
import type { LabelSelector, LabelSelectorRequirement, Labels } from '../../model';

function labelValue(labels: Labels, key: string): string | undefined {
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

/**
 * One `matchExpressions` entry.
 * - `In`: the key is present and its value is one of `values`.
 * - `NotIn`: the key is absent, or its value is none of `values` (an absent key matches).
 * - `Exists` / `DoesNotExist`: the key is present / absent, whatever its value.
 *
 * ```yaml
 * matchExpressions:
 *   - {key: env, operator: NotIn, values: [prod]}   # also matches pods without `env`
 * ```
 */
export function requirementMatches(requirement: LabelSelectorRequirement, labels: Labels): boolean {
  const value = labelValue(labels, requirement.key);
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
  }
}

/**
 * `matchLabels` and `matchExpressions` are ANDed; an empty selector (`{}`,
 * or `matchLabels: null`) matches every set of labels.
 *
 * ```yaml
 * podSelector: {}                              # every pod
 * podSelector:
 *   matchLabels: {app: web}                    # app=web
 *   matchExpressions: [{key: tier, operator: Exists}]   # AND has a tier label
 * ```
 */
export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  const matchLabels = selector.matchLabels ?? {};
  for (const key of Object.keys(matchLabels)) {
    if (labelValue(labels, key) !== matchLabels[key]) return false;
  }
  for (const requirement of selector.matchExpressions ?? []) {
    if (!requirementMatches(requirement, labels)) return false;
  }
  return true;
}

/**
 * `selectorMatches` with the selector read once, for testing many label sets:
 * `const matches = selectorMatcher(sel); pods.filter((p) => matches(p.labels))`.
 */
export function selectorMatcher(selector: LabelSelector): (labels: Labels) => boolean {
  const matchLabels = selector.matchLabels ?? {};
  const pairs = Object.keys(matchLabels).map((key) => [key, matchLabels[key]] as const);
  const requirements = selector.matchExpressions ?? [];
  if (pairs.length === 0 && requirements.length === 0) return () => true;
  return (labels) => {
    for (const [key, value] of pairs) {
      if (labelValue(labels, key) !== value) return false;
    }
    for (const requirement of requirements) {
      if (!requirementMatches(requirement, labels)) return false;
    }
    return true;
  };
}

/** True when the selector has no requirement at all, so it matches everything. */
export function selectorIsEmpty(selector: LabelSelector): boolean {
  return (
    Object.keys(selector.matchLabels ?? {}).length === 0 &&
    (selector.matchExpressions ?? []).length === 0
  );
}

/** `text` with its length in front, so joined parts can never be confused. */
function framed(text: string): string {
  return `${text.length}:${text}`;
}

/**
 * A canonical text for a selector: two selectors with the same key select the
 * same labels (key order, value order and duplicates do not matter).
 */
export function selectorKey(selector: LabelSelector): string {
  const matchLabels = selector.matchLabels ?? {};
  const labels = Object.keys(matchLabels)
    .sort()
    .map((key) => framed(key) + framed(matchLabels[key] ?? ''));
  const expressions = (selector.matchExpressions ?? []).map((r) =>
    framed([r.key, r.operator, ...[...new Set(r.values ?? [])].sort()].map(framed).join('')),
  );
  return `${labels.join('')}|${[...new Set(expressions)].sort().join('')}`;
}
