import { describe, expect, it } from 'vitest';
import { bitsetIndexes } from './bitset';
import { clusterIndexFrom } from '../compile/clusterIndex';
import { docOf, namespaceOf, podOf } from '../__fixtures__/docBuilder';
import { ipBlockMatcherFrom } from './ipBlock';
import { podSetCompute, podSetContains, podSetKey } from './podSet';
import type { PodSetSpec } from './podSet';

const cluster = clusterIndexFrom(
  docOf({
    namespaces: [namespaceOf('x', { team: 'a' }), namespaceOf('y', { team: 'b' })],
    workloads: [
      podOf('x/a', { pod: 'a' }, { ips: ['10.0.0.1'] }),
      podOf('x/b', { pod: 'b' }, { ips: ['10.0.1.1'] }),
      podOf('y/a', { pod: 'a' }, { ips: ['10.0.0.2', '10.9.0.0/24'] }),
      podOf('z/b', { pod: 'b' }),
    ],
  }),
);

const specs: [string, PodSetSpec, number[]][] = [
  [
    'podSelector in x',
    { kind: 'podSelector', namespace: 'x', selector: { matchLabels: { pod: 'a' } } },
    [0],
  ],
  ['every pod of y', { kind: 'podSelector', namespace: 'y', selector: {} }, [2]],
  [
    'a namespace by label',
    {
      kind: 'namespaceSelector',
      namespaceSelector: { matchLabels: { team: 'b' } },
      podSelector: null,
    },
    [2],
  ],
  [
    'every namespace, pods b',
    {
      kind: 'namespaceSelector',
      namespaceSelector: {},
      podSelector: { matchLabels: { pod: 'b' } },
    },
    [1, 3],
  ],
  [
    'ipBlock with except',
    { kind: 'ipBlock', block: ipBlockMatcherFrom({ cidr: '10.0.0.0/8', except: ['10.0.1.0/24'] }) },
    [0, 2],
  ],
  [
    'ipBlock that holds a pod range',
    { kind: 'ipBlock', block: ipBlockMatcherFrom({ cidr: '10.9.0.0/16' }) },
    [2],
  ],
  ['unparsable ipBlock', { kind: 'ipBlock', block: null }, []],
  ['nothing', { kind: 'none' }, []],
];

describe('when computing the pods of a set', () => {
  it.each(specs)('finds the right pods for %s', (_, spec, expected) => {
    expect(bitsetIndexes(podSetCompute(cluster, spec))).toEqual(expected);
  });

  it.each(specs)('answers the same one pod at a time for %s', (_, spec, expected) => {
    const one = cluster.pods
      .map((__, pod) => pod)
      .filter((pod) => podSetContains(cluster, spec, pod));
    expect(one).toEqual(expected);
  });

  it('gives distinct sets distinct keys', () => {
    expect(new Set(specs.map(([, spec]) => podSetKey(spec))).size).toBe(specs.length);
  });
});
