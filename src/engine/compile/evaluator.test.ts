import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { compilePolicies } from './compile';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { createEvaluator } from './evaluator';
import type { PolicyIndex } from './policyIndex';

const base: Doc = docOf({
  namespaces: [namespaceOf('x', { team: 'x' }), namespaceOf('y', { team: 'y' })],
  workloads: [
    podOf('x/a', { pod: 'a' }, { ips: ['10.0.0.1'] }),
    podOf('x/b', { pod: 'b' }),
    podOf('y/a', { pod: 'a' }),
    podOf('y/b', { pod: 'b' }),
  ],
  policies: [
    policyOf('x/only-a', {
      podSelector: { matchLabels: { pod: 'b' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'a' } } }] }],
    }),
    policyOf('y/from-team-x', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'x' } } }] }],
    }),
    policyOf('x/egress-ip', {
      podSelector: { matchLabels: { pod: 'a' } },
      egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/24' } }] }],
    }),
  ],
});

/** The workloads of `base`, with the one at `ref` (`namespace/name`) given new labels. */
function relabelled(ref: string, labels: Readonly<Record<string, string>>) {
  return base.workloads.map((w) => (`${w.namespace}/${w.name}` === ref ? { ...w, labels } : w));
}

/** What an index means, without object identity: equal for equal documents. */
function meaning(index: PolicyIndex) {
  return {
    pods: index.pods,
    policies: index.policies,
    ingress: index.ingress,
    egress: index.egress,
  };
}

describe('when the same document is compiled again', () => {
  it('reuses every compiled policy', () => {
    const evaluator = createEvaluator();
    const first = evaluator.compile(base);
    const second = evaluator.compile({ ...base });
    second.policies.forEach((p, i) => {
      expect(p).toBe(first.policies[i]);
    });
  });
});

describe('when one policy changes', () => {
  it('recompiles only that policy', () => {
    const evaluator = createEvaluator();
    const first = evaluator.compile(base);
    const changed = policyOf('x/only-a', {
      podSelector: { matchLabels: { pod: 'b' } },
      ingress: [],
    });
    const doc = { ...base, policies: [changed, ...base.policies.slice(1)] };
    const second = evaluator.compile(doc);
    expect(second.policies[0]).not.toBe(first.policies[0]);
    expect(second.policies[1]).toBe(first.policies[1]);
    expect(second.policies[2]).toBe(first.policies[2]);
    expect(meaning(second)).toEqual(meaning(compilePolicies(doc)));
  });
});

describe("when one workload's labels change", () => {
  it('gives the same answer as a fresh compile', () => {
    const evaluator = createEvaluator();
    evaluator.compile(base);
    const workloads = relabelled('x/b', { pod: 'a' });
    const doc = { ...base, workloads };
    expect(meaning(evaluator.compile(doc))).toEqual(meaning(compilePolicies(doc)));
  });

  it('keeps the compiled policies whose pod sets the change does not touch', () => {
    const evaluator = createEvaluator();
    const first = evaluator.compile(base);
    const workloads = relabelled('y/b', { pod: 'b', extra: '1' });
    const second = evaluator.compile({ ...base, workloads });
    second.policies.forEach((p, i) => {
      expect(p).toBe(first.policies[i]);
    });
  });

  it('keeps the isolation groups when no compiled policy changes', () => {
    const evaluator = createEvaluator();
    const first = evaluator.compile(base);
    const workloads = relabelled('y/b', { pod: 'b', extra: '1' });
    const second = evaluator.compile({ ...base, workloads });
    expect(second.ingress).toBe(first.ingress);
    expect(second.egress).toBe(first.egress);
    expect(second.cluster.workloads).toBe(workloads);
  });

  it('recompiles a policy whose selected pods change', () => {
    const evaluator = createEvaluator();
    const first = evaluator.compile(base);
    const workloads = relabelled('x/a', { pod: 'b' });
    const second = evaluator.compile({ ...base, workloads });
    expect(second.policies[0]).not.toBe(first.policies[0]);
    expect(second.policies[1]).toBe(first.policies[1]);
  });

  it("re-reads the pod's IPs for ipBlock peers", () => {
    const evaluator = createEvaluator();
    evaluator.compile(base);
    const workloads = base.workloads.map((w) =>
      w.name === 'b' && w.namespace === 'y' ? { ...w, ips: ['10.0.0.9'] } : w,
    );
    const doc = { ...base, workloads };
    expect(meaning(evaluator.compile(doc))).toEqual(meaning(compilePolicies(doc)));
  });
});

describe("when a namespace's labels change", () => {
  it('gives the same answer as a fresh compile', () => {
    const evaluator = createEvaluator();
    evaluator.compile(base);
    const doc = {
      ...base,
      namespaces: [namespaceOf('x', { team: 'z' }), namespaceOf('y', { team: 'x' })],
    };
    expect(meaning(evaluator.compile(doc))).toEqual(meaning(compilePolicies(doc)));
  });
});

describe('when workloads are added, removed or reordered', () => {
  it('gives the same answer as a fresh compile', () => {
    const evaluator = createEvaluator();
    evaluator.compile(base);
    const docs = [
      { ...base, workloads: [...base.workloads, podOf('z/c', { pod: 'a' })] },
      { ...base, workloads: base.workloads.slice(1) },
      { ...base, workloads: [...base.workloads].reverse() },
      base,
    ];
    for (const doc of docs)
      expect(meaning(evaluator.compile(doc))).toEqual(meaning(compilePolicies(doc)));
  });
});

describe('when earlier indexes are kept', () => {
  it('leaves them unchanged by later compiles', () => {
    const evaluator = createEvaluator();
    const first = evaluator.compile(base);
    const before = structuredClone(meaning(first));
    const workloads = base.workloads.map((w) => ({ ...w, labels: { pod: 'b' } }));
    evaluator.compile({ ...base, workloads });
    expect(meaning(first)).toEqual(before);
  });
});
