import { describe, expect, it } from 'vitest';
import type { EdgeId, NodeId, PathGroup } from '../../store';
import { pathSummaries } from './pathSummaries';

const path = (source: string, target: string, status: PathGroup['status']): PathGroup => ({
  id: `${source}>${target}` as EdgeId,
  source: source as NodeId,
  target: target as NodeId,
  paths: [],
  status,
});
const CACHE = 'workload:ns-1/cache';

describe('a picked workload’s connections into collapsed namespaces', () => {
  const groups = [
    path(CACHE, 'workload:ns-2/web', 'allowed'),
    path(CACHE, 'workload:ns-2/api', 'partial'),
    path('workload:ns-2/db', CACHE, 'blocked'),
    path('workload:ns-3/worker', CACHE, 'allowed'),
    path(CACHE, 'workload:ns-1/db', 'allowed'),
  ];

  it('are counted on one line to each box, those that get through, as a rule’s summary is', () => {
    const lines = pathSummaries(groups, new Set(['ns-2', 'ns-3']), new Set());
    expect(lines.map((l) => [l.id, l.connections, l.blocked, l.status])).toEqual([
      ['workload:ns-1/cache>namespace:ns-2', 2, 0, 'partial'],
      ['namespace:ns-3>workload:ns-1/cache', 1, 0, 'allowed'],
    ]);
  });

  it('leave a pair a line already joins, and lines drawn as they are, alone', () => {
    const taken = new Set(['workload:ns-1/cache>namespace:ns-2']);
    const lines = pathSummaries(groups, new Set(['ns-2']), taken);
    expect(lines).toEqual([]);
  });
});
