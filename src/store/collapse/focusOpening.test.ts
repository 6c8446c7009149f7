import { describe, expect, it } from 'vitest';
import { neighboursPerCollapsed } from './collapsedNamespaces';
import { namespacesWithinBudget, neighbourSpreadOf } from './focusOpening';

const ns = (name: string, neighbours: number, cards = 20) => ({ name, neighbours, cards });

describe('which collapsed namespaces a focus opens', () => {
  it('opens them all when their cards fit the budget: a small neighbourhood opens whole', () => {
    expect(namespacesWithinBudget([ns('a', 1), ns('b', 3)], 120)).toEqual({
      open: ['b', 'a'],
      left: [],
    });
  });

  it('opens those with most neighbours first, up to the budget, and leaves the rest', () => {
    const many = Array.from({ length: 28 }, (_, i) => ns(`ns-${String(i)}`, i % 9));
    const { open, left } = namespacesWithinBudget(many, 120);
    expect(open).toHaveLength(6);
    expect(left).toHaveLength(22);
    const peers = new Map(many.map((n) => [n.name, n.neighbours]));
    const least = Math.min(...open.map((n) => peers.get(n) ?? 0));
    expect(left.every((n) => (peers.get(n) ?? 0) <= least)).toBe(true);
  });

  it('passes over a namespace too large for what is left, for smaller ones', () => {
    const { open, left } = namespacesWithinBudget([ns('huge', 50, 300), ns('small', 2, 10)], 120);
    expect(open).toEqual(['small']);
    expect(left).toEqual(['huge']);
  });

  it('of as many neighbours, opens the smaller namespace first, then by name', () => {
    const { open } = namespacesWithinBudget([ns('b', 4, 20), ns('a', 4, 20), ns('c', 4, 5)], 25);
    expect(open).toEqual(['c', 'a']);
  });
});

describe('where a focused workload’s neighbours are', () => {
  const nodes = [
    'workload:ns-1/cache',
    'workload:ns-1/web',
    'workload:ns-2/api',
    'workload:ns-2/db',
    'workload:ns-3/worker',
    'namespace:ns-4',
    'external:backup',
  ];

  it('counts the neighbours in each collapsed namespace', () => {
    expect([...neighboursPerCollapsed(nodes, ['ns-2', 'ns-4'])]).toEqual([['ns-2', 2]]);
  });

  it('counts workloads only, drawn or waiting in collapsed boxes', () => {
    expect(neighbourSpreadOf('workload:ns-1/cache', nodes, ['ns-2', 'ns-3', 'ns-9'])).toEqual({
      workloads: 4,
      waiting: 3,
      boxes: ['ns-2', 'ns-3'],
    });
    expect(neighbourSpreadOf('workload:ns-1/cache', nodes, [])).toMatchObject({ waiting: 0 });
  });
});
