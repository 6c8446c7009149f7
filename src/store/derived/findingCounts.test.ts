import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine';
import { findingCountsOf } from './findingCounts';

function finding(id: string, subjects: Finding['subjects']): Finding {
  return { id, kind: 'egressWithoutDns', severity: 'warning', message: id, subjects, fix: null };
}

describe('how many findings each node has', () => {
  it('counts a finding once per node it names, and none for a policy', () => {
    const web = { kind: 'workload', namespace: 'prod', name: 'web' } as const;
    const prod = { kind: 'namespace', name: 'prod' } as const;
    const policy = { kind: 'policy', namespace: 'prod', name: 'deny' } as const;
    const counts = findingCountsOf([
      finding('a', [web, web, prod]),
      finding('b', [web, policy]),
      finding('c', [policy]),
    ]);
    expect(counts).toEqual(
      new Map([
        ['workload:prod/web', 2],
        ['namespace:prod', 1],
      ]),
    );
  });
});
