import { describe, expect, it } from 'vitest';
import type { FlowEnd } from '../../engine';
import { edgeGroupsOf, statusOfAll } from './edgeGroups';

const web: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'web' };
const db: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'db' };

describe('grouping by canvas line', () => {
  const items = [
    { from: web, to: db, port: 5432 },
    { from: db, to: web, port: 80 },
    { from: web, to: db, port: 5433 },
  ];

  it('puts everything between the same two nodes, in the same direction, on one line', () => {
    const groups = edgeGroupsOf(items);
    expect(groups.map((g) => g.id)).toEqual([
      'workload:prod/web>workload:prod/db',
      'workload:prod/db>workload:prod/web',
    ]);
    expect(groups[0]?.items.map((i) => i.port)).toEqual([5432, 5433]);
    expect(groups[0]?.source).toBe('workload:prod/web');
    expect(groups[0]?.target).toBe('workload:prod/db');
  });

  it('leaves out lines already drawn', () => {
    const groups = edgeGroupsOf(items, new Set(['workload:prod/web>workload:prod/db']));
    expect(groups.map((g) => g.id)).toEqual(['workload:prod/db>workload:prod/web']);
  });
});

describe('a line status', () => {
  it('is allowed or blocked only when all its parts agree', () => {
    expect(statusOfAll(['allowed', 'allowed'])).toBe('allowed');
    expect(statusOfAll(['blocked', 'blocked'])).toBe('blocked');
    expect(statusOfAll(['allowed', 'blocked'])).toBe('partial');
    expect(statusOfAll(['partial'])).toBe('partial');
  });
});
