import { describe, expect, it } from 'vitest';
import { applyEdit, createEvaluator, createFlowVerdicts, deriveFlows } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import type { Doc } from '../../model';
import { docKeptFrom } from './docKept';

const DESIGN = generateCluster({ pods: 60, policies: 24, namespaces: 6, seed: 3 });

function withoutPolicy(doc: Doc, at: number): Doc {
  const { namespace, name } = doc.policies[at]?.metadata ?? { namespace: '', name: '' };
  return applyEdit(doc, { type: 'removePolicy', ref: { namespace, name } });
}

describe('a document the worker receives after an edit (a copy)', () => {
  it('keeps the objects the edit left alone, and the lists it did not change', () => {
    const edited = withoutPolicy(DESIGN, 5);
    const kept = docKeptFrom(DESIGN, structuredClone(edited));
    expect(kept).toEqual(edited);
    expect(kept.workloads).toBe(DESIGN.workloads);
    expect(kept.namespaces).toBe(DESIGN.namespaces);
    expect(kept.externals).toBe(DESIGN.externals);
    expect(kept.policies.every((p) => DESIGN.policies.includes(p))).toBe(true);
  });

  it('takes the new object where one changed', () => {
    const moved = { ...DESIGN.workloads[4], labels: { app: 'moved' } } as Doc['workloads'][number];
    const edited = { ...DESIGN, workloads: DESIGN.workloads.map((w, i) => (i === 4 ? moved : w)) };
    const kept = docKeptFrom(DESIGN, structuredClone(edited));
    expect(kept).toEqual(edited);
    expect(kept.workloads).not.toBe(DESIGN.workloads);
    expect(kept.workloads[4]).toEqual(moved);
    expect(kept.workloads[3]).toBe(DESIGN.workloads[3]);
  });

  it('lets the lines the edit left alone keep their verdicts', () => {
    const evaluator = createEvaluator();
    const verdicts = createFlowVerdicts();
    const before = deriveFlows(DESIGN, evaluator.compile(DESIGN), verdicts);
    const doc = docKeptFrom(DESIGN, structuredClone(withoutPolicy(DESIGN, 5)));
    const after = deriveFlows(doc, evaluator.compile(doc), verdicts);
    const samples = new Set(before.map((f) => f.sample));
    const kept = after.filter((f) => f.sample !== null && samples.has(f.sample));
    expect(kept.length).toBeGreaterThan(after.length / 2);
  });
});
