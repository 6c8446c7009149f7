import { describe, expect, it } from 'vitest';
import { generateCluster } from '../engine/__fixtures__/generate';
import { policiesPerNamespace } from './policiesPerNamespace';

describe('policiesPerNamespace', () => {
  it('counts each namespace’s policies, leaving out namespaces without one', () => {
    const doc = generateCluster({ pods: 40, policies: 12, namespaces: 4, seed: 5 });
    const counts = policiesPerNamespace(doc);
    for (const ns of doc.namespaces) {
      const held = doc.policies.filter((p) => p.metadata.namespace === ns.name).length;
      expect(counts.get(ns.name)).toBe(held === 0 ? undefined : held);
    }
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(12);
  });
});
