import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { generateCluster } from '../__fixtures__/generate';
import { createEvaluator } from '../compile/evaluator';
import { applyEdit } from '../edits/applyEdit';
import { deriveFlows } from './derive';
import type { Flow } from './derive';
import { createFlowVerdicts } from './flowVerdicts';

const DESIGN = generateCluster({ pods: 60, policies: 24, namespaces: 6, seed: 3 });

function withoutPolicy(doc: Doc, at: number): Doc {
  const policy = doc.policies[at];
  if (policy === undefined) throw new Error(`no policy ${String(at)}`);
  const { namespace, name } = policy.metadata;
  return applyEdit(doc, { type: 'removePolicy', ref: { namespace, name } });
}

/** The flows of each document in turn, with one evaluator and the verdicts kept between them. */
function flowsAlong(docs: readonly Doc[]): Flow[][] {
  const evaluator = createEvaluator();
  const verdicts = createFlowVerdicts();
  return docs.map((doc) => deriveFlows(doc, evaluator.compile(doc), verdicts));
}

describe('the verdicts of lines after an edit', () => {
  it('keeps the verdict of a line whose ends the edited policy does not isolate', () => {
    const after = withoutPolicy(DESIGN, 5);
    const [before, now] = flowsAlong([DESIGN, after]);
    const samples = new Map(before?.map((f) => [f.id, f.sample]));
    const kept = (now ?? []).filter((f) => f.sample !== null && samples.get(f.id) === f.sample);
    expect(kept.length).toBeGreaterThan((now ?? []).length / 2);
  });

  it('are those derived afresh, after each of a series of edits', () => {
    const docs = [DESIGN];
    for (const at of [5, 0, 11, 3, 7])
      docs.push(withoutPolicy(docs[docs.length - 1] ?? DESIGN, at));
    // A workload's labels change too: its pods' place in every selector is checked again.
    const last = docs[docs.length - 1] ?? DESIGN;
    docs.push({
      ...last,
      workloads: last.workloads.map((w, i) => (i === 4 ? { ...w, labels: { app: 'moved' } } : w)),
    });
    const along = flowsAlong(docs);
    docs.forEach((doc, i) => {
      expect(along[i]).toEqual(deriveFlows(doc, createEvaluator().compile(doc)));
    });
  });
});
