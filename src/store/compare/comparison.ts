/**
 * The diff "Compare with…" shows: `connectivityDiff` (the one `netpol-canvas diff`
 * prints) of the design compared with (BEFORE) and the current one (AFTER), both
 * as the canvas draws them (with the pods inferred from their policies, as
 * `diff --infer`), with what the network plugin enforces. Worked out in the
 * derivation worker; in place where there is none.
 */
import { compilePolicies, connectivityDiff, withInferred, workloadsInBoth } from '../../engine';
import type { Evaluated } from '../../engine';
import type { Doc } from '../../model';
import type { ComparisonResult } from './compareState';

/** BEFORE compiled once per document compared with (it does not change while compared). */
const compiledBefore = new WeakMap<Doc, Evaluated>();

function evaluatedBefore(before: Doc): Evaluated {
  let evaluated = compiledBefore.get(before);
  if (evaluated === undefined) {
    const doc = withInferred(before);
    evaluated = { doc, index: compilePolicies(doc) };
    compiledBefore.set(before, evaluated);
  }
  return evaluated;
}

/** `after`: the current design as derived (its view document and index). */
export function comparisonOf(before: Doc, after: Evaluated, enforced: boolean): ComparisonResult {
  const then = evaluatedBefore(before);
  return {
    diff: connectivityDiff(then, after, { enforced }),
    workloads: workloadsInBoth(then, after),
  };
}
