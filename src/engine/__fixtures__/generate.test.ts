import { describe, expect, it } from 'vitest';
import { generateCluster } from './generate';

describe('the benchmark cluster generator', () => {
  const spec = { pods: 300, namespaces: 12, policies: 80, seed: 5 };

  it('gives the same document for the same spec and seed', () => {
    expect(generateCluster(spec)).toEqual(generateCluster(spec));
  });

  it('gives another document for another seed', () => {
    expect(generateCluster({ ...spec, seed: 6 })).not.toEqual(generateCluster(spec));
  });

  it('makes the requested numbers of distinct pods (with distinct IPs), namespaces and policies', () => {
    const doc = generateCluster(spec);
    const keys = new Set(doc.workloads.map((w) => `${w.namespace}/${w.name}`));
    const ips = new Set(doc.workloads.flatMap((w) => w.ips));
    expect(keys.size).toBe(300);
    expect(ips.size).toBe(doc.workloads.reduce((n, w) => n + w.ips.length, 0));
    expect(doc.workloads.filter((w) => w.ips.length === 2).length).toBeGreaterThan(20);
    expect(doc.namespaces).toHaveLength(12);
    expect(
      new Set(doc.policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).size,
    ).toBe(80);
  });

  it('places every pod and policy in a namespace of the document', () => {
    const doc = generateCluster(spec);
    const names = new Set(doc.namespaces.map((n) => n.name));
    for (const w of doc.workloads) expect(names.has(w.namespace)).toBe(true);
    for (const p of doc.policies) expect(names.has(p.metadata.namespace)).toBe(true);
  });
});
