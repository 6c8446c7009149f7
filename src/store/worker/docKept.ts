/**
 * A document as the derivation worker receives it is a copy (`postMessage`
 * clones it): every policy, workload and namespace is a new object, even
 * those the edit left alone, so the evaluator compiled every policy again and
 * every line's verdict was checked again (`createFlowVerdicts` keeps those
 * whose policies are the same objects). The worker keeps the objects of the
 * document before wherever the new one holds an equal one, and a whole list
 * where every item is kept, so that what an edit did not touch is not
 * worked out again.
 */
import type { Doc } from '../../model';
import { plainEqual } from '../plainEqual';

/** `next`, with each item equal to one of `before` (found by its key) replaced by it. */
function listKept<T>(before: readonly T[], next: readonly T[], keyOf: (item: T) => string) {
  const byKey = new Map(before.map((item) => [keyOf(item), item]));
  let same = before.length === next.length;
  const kept = next.map((item, i) => {
    const old = byKey.get(keyOf(item));
    if (old === undefined || !plainEqual(old, item)) {
      same = false;
      return item;
    }
    if (old !== before[i]) same = false;
    return old;
  });
  return same ? before : kept;
}

const named = (item: { readonly name: string }) => item.name;
const namespaced = (item: { readonly namespace: string; readonly name: string }) =>
  `${item.namespace}/${item.name}`;

/** `next` with the objects of `before` wherever they are equal (`before` null: `next`). */
export function docKeptFrom(before: Doc | null, next: Doc): Doc {
  if (before === null) return next;
  return {
    ...next,
    namespaces: listKept(before.namespaces, next.namespaces, named),
    workloads: listKept(before.workloads, next.workloads, namespaced),
    externals: listKept(before.externals, next.externals, named),
    policies: listKept(before.policies, next.policies, (p) => namespaced(p.metadata)),
  };
}
