/**
 * Compile once, then evaluate: `compilePolicies(doc)` turns a document into a
 * `PolicyIndex` (which pods each policy selects, which pods each peer matches,
 * as bitsets) that `isTrafficAllowed` and `buildMatrix` read.
 */
import type { Doc } from '../../model';
import { createEvaluator } from './evaluator';
import type { PolicyIndex } from './policyIndex';

export function compilePolicies(doc: Doc): PolicyIndex {
  return createEvaluator().compile(doc);
}
