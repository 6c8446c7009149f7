/**
 * The smallest selector that picks one set of pods (`labels`) and none of the
 * other pods of its namespace (`others`, whose label sets all differ from it).
 *
 * First the fewest of its own labels no other pod has all of:
 *
 * ```yaml
 * # web {app: shop, tier: web}, api {app: shop, tier: api}  →  web: {matchLabels: {tier: web}}
 * ```
 *
 * When every label of it is also on another pod (that pod's labels are a
 * superset), all its labels, and `DoesNotExist` for the fewest keys that
 * only the supersets have:
 *
 * ```yaml
 * # web {app: web}, canary {app: web, track: canary}
 * # → web: {matchLabels: {app: web}, matchExpressions: [{key: track, operator: DoesNotExist}]}
 * ```
 *
 * A pod with labels gets at least one (an empty selector would also pick the
 * namespace's future pods).
 */
import type { LabelSelector, LabelSelectorRequirement, Labels } from '../../model';

/** Subsets of `keys` with `size` members, in order. */
function* subsetsOf(keys: readonly string[], size: number, from = 0): Generator<string[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= keys.length - size; i++) {
    for (const rest of subsetsOf(keys, size - 1, i + 1)) yield [keys[i] ?? '', ...rest];
  }
}

function hasAll(labels: Labels, wanted: Labels, keys: readonly string[]): boolean {
  return keys.every((k) => labels[k] === wanted[k]);
}

/** Above this many labels, subsets are not enumerated: all labels are used. */
const MAX_ENUMERATED_KEYS = 12;

function picked(labels: Labels, keys: readonly string[]): Labels {
  return Object.fromEntries(keys.map((k) => [k, labels[k] ?? '']));
}

export function singleOutSelector(labels: Labels, others: readonly Labels[]): LabelSelector {
  const keys = Object.keys(labels).sort();
  if (keys.length <= MAX_ENUMERATED_KEYS) {
    for (let size = Math.min(1, keys.length); size <= keys.length; size++) {
      for (const subset of subsetsOf(keys, size)) {
        if (!others.some((o) => hasAll(o, labels, subset))) {
          return size === 0 ? {} : { matchLabels: picked(labels, subset) };
        }
      }
    }
  }
  let supersets = others.filter((o) => hasAll(o, labels, keys));
  const absent: LabelSelectorRequirement[] = [];
  while (supersets.length > 0) {
    const counts = new Map<string, number>();
    for (const o of supersets) {
      for (const k of Object.keys(o)) if (!(k in labels)) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const best = [...counts].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0];
    if (best === undefined) throw new Error('singleOutSelector: another pod has the same labels');
    absent.push({ key: best[0], operator: 'DoesNotExist' });
    supersets = supersets.filter((o) => !(best[0] in o));
  }
  return {
    ...(keys.length > 0 ? { matchLabels: picked(labels, keys) } : {}),
    ...(absent.length > 0 ? { matchExpressions: absent } : {}),
  };
}
