import { describe, expect, it } from 'vitest';
import { clusterIndexFrom, namespaceLabelsOf } from './clusterIndex';
import { docOf, namespaceOf, podOf } from '../__fixtures__/docBuilder';

describe('when a namespace has labels', () => {
  it('always carries kubernetes.io/metadata.name, even when the object omits it', () => {
    expect(namespaceLabelsOf('prod', { name: 'prod', labels: { env: 'prod' } })).toEqual({
      env: 'prod',
      'kubernetes.io/metadata.name': 'prod',
    });
  });

  it('has only that label when doc.namespaces lacks it', () => {
    const cluster = clusterIndexFrom(docOf({ workloads: [podOf('ghost/a', {})] }));
    expect(cluster.namespaceLabels.get('ghost')).toEqual({
      'kubernetes.io/metadata.name': 'ghost',
    });
  });
});

describe('when indexing workloads', () => {
  const doc = docOf({
    namespaces: [namespaceOf('x')],
    workloads: [
      podOf('x/a', {}, { ips: ['10.0.0.2', 'not-an-ip', 'fd00::1'] }),
      podOf('y/b', {}, { ips: ['10.0.0.1', '10.1.0.0/16'] }),
      podOf('x/a', {}),
    ],
  });
  const cluster = clusterIndexFrom(doc);

  it('keeps document order and finds the first pod with a key', () => {
    expect(cluster.pods).toEqual(['x/a', 'y/b', 'x/a']);
    expect(cluster.podIndexes.get(cluster.pods[0]!)).toBe(0);
    expect(cluster.podsByNamespace.get('x')).toEqual([0, 2]);
  });

  it('leaves out IPs that do not parse and sorts single addresses by family and value', () => {
    expect(cluster.podIps[0]).toHaveLength(2);
    expect(cluster.addresses.map((a) => [a.family, a.pod])).toEqual([
      [4, 1],
      [4, 0],
      [6, 0],
    ]);
    expect(cluster.ranges.map((r) => r.pod)).toEqual([1]);
  });

  it('reuses the parsed IPs of unchanged workloads from a previous index', () => {
    const next = clusterIndexFrom({ ...doc, workloads: [...doc.workloads] }, cluster);
    expect(next.podIps[0]).toBe(cluster.podIps[0]);
    expect(next.addresses).toBe(cluster.addresses);
    expect(next.pods).toBe(cluster.pods);
  });
});
