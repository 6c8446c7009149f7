/**
 * The oracle's label-selector matching, written from the meta/v1 rules and
 * independent of the engine's `selector.ts`.
 */
import type { LabelSelector, Labels } from '../../model';

/** `matchLabels` and every `matchExpressions` entry must hold; `{}` matches everything. */
export function naiveSelectorMatches(sel: LabelSelector, labels: Labels): boolean {
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) {
    if (labels[k] !== v) return false;
  }
  for (const req of sel.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, req.key);
    const inValues = has && (req.values ?? []).includes(labels[req.key] ?? '');
    const ok =
      req.operator === 'In'
        ? inValues
        : req.operator === 'NotIn'
          ? !inValues // an absent label is "not in" any set
          : req.operator === 'Exists'
            ? has
            : !has;
    if (!ok) return false;
  }
  return true;
}
