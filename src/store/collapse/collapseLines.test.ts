import { describe, expect, it } from 'vitest';
import type { FlowStatus } from '../../engine';
import type { FlowGroup } from '../derived/flowGroups';
import type { NodeId } from '../ids';
import { OUTSIDE_GROUP_ID, edgeIdOf } from '../ids';
import { collapseLines, isHiddenNode, lineCountsText } from './collapseLines';

function line(source: string, target: string, status: FlowStatus = 'allowed'): FlowGroup {
  const s = source as NodeId;
  const t = target as NodeId;
  return { id: edgeIdOf(s, t), source: s, target: t, flows: [], status };
}

const groups = [
  line('workload:shop/web', 'workload:shop/cart'),
  line('workload:shop/cart', 'workload:shop/redis', 'blocked'),
  line('workload:shop/web', 'workload:pay/api'),
  line('workload:shop/cart', 'workload:pay/api', 'blocked'),
  line('workload:shop/web', 'workload:pay/db', 'partial'),
  line('workload:pay/api', 'workload:shop/web'),
  line('external:bank', 'workload:pay/api'),
  line('workload:ops/probe', 'namespace:shop'),
  line('any:*', 'workload:ops/probe'),
];

describe('when no namespace is collapsed', () => {
  it('draws every line as it is', () => {
    const { shown, summaries } = collapseLines(groups, new Set());
    expect(shown).toBe(groups);
    expect(summaries).toEqual([]);
  });
});

describe('when one namespace is collapsed', () => {
  const { shown, summaries, inside } = collapseLines(groups, new Set(['shop']));

  it('draws lines with no end inside it as they are', () => {
    expect(shown.map((g) => g.id)).toEqual([
      'external:bank>workload:pay/api',
      'any:*>workload:ops/probe',
      'workload:ops/probe>namespace:shop',
    ]);
  });

  it('draws one summary per pair of ends, counting its lines and the blocked ones', () => {
    const byId = new Map(summaries.map((s) => [s.id, s]));
    const toApi = byId.get(edgeIdOf('namespace:shop' as NodeId, 'workload:pay/api' as NodeId));
    expect(toApi).toMatchObject({ connections: 2, blocked: 1, partial: 0, status: 'partial' });
    const toDb = byId.get(edgeIdOf('namespace:shop' as NodeId, 'workload:pay/db' as NodeId));
    expect(toDb).toMatchObject({ connections: 1, blocked: 0, partial: 1, status: 'partial' });
    const back = byId.get(edgeIdOf('workload:pay/api' as NodeId, 'namespace:shop' as NodeId));
    expect(back).toMatchObject({ connections: 1, status: 'allowed' });
    expect(summaries).toHaveLength(3);
  });

  it('keeps a line already drawn to its box (a rule naming the whole namespace) as it is', () => {
    expect(shown.map((g) => g.id)).toContain('workload:ops/probe>namespace:shop');
  });

  it('counts the lines among its own workloads on its box', () => {
    expect(inside.get('shop')).toEqual({ connections: 2, blocked: 1, partial: 0 });
  });

  it('hides its workloads, and only those', () => {
    expect(isHiddenNode('workload:shop/web', new Set(['shop']))).toBe(true);
    expect(isHiddenNode('namespace:shop', new Set(['shop']))).toBe(false);
    expect(isHiddenNode('workload:pay/api', new Set(['shop']))).toBe(false);
  });
});

describe('when two namespaces are collapsed', () => {
  it('joins their boxes with one line per direction', () => {
    const { summaries } = collapseLines(groups, new Set(['shop', 'pay']));
    const ids = summaries.map((s) => s.id);
    expect(ids).toContain('namespace:shop>namespace:pay');
    expect(ids).toContain('namespace:pay>namespace:shop');
    expect(ids).toContain('external:bank>namespace:pay');
    const across = summaries.find((s) => s.id === 'namespace:shop>namespace:pay');
    expect(across).toMatchObject({ connections: 3, blocked: 1, partial: 1, status: 'partial' });
  });
});

describe('the text of a summary', () => {
  it('says how many connections, and how many are blocked when some are', () => {
    expect(lineCountsText({ connections: 14, blocked: 3, partial: 0 })).toBe(
      '14 connections, 3 blocked',
    );
    expect(lineCountsText({ connections: 1, blocked: 0, partial: 0 })).toBe('1 connection');
    expect(lineCountsText({ connections: 5, blocked: 1, partial: 2 })).toBe(
      '5 connections, 1 blocked, 2 partly blocked',
    );
  });
});

describe('when the group outside the cluster is collapsed', () => {
  const outside = [
    line('workload:shop/web', 'ipBlock:0.0.0.0/0 except 10.0.0.0/8'),
    line('workload:shop/cart', 'ipBlock:0.0.0.0/0 except 10.0.0.0/8', 'blocked'),
    line('external:bank', 'workload:shop/web'),
    line('any:*', 'workload:shop/web'),
  ];
  const { shown, summaries } = collapseLines(outside, new Set([OUTSIDE_GROUP_ID]));

  it('draws the lines of its IP blocks and endpoints to its box, counted', () => {
    expect(shown.map((g) => g.id)).toEqual(['any:*>workload:shop/web']);
    expect(summaries.map((s) => [s.id, s.connections, s.blocked])).toEqual([
      ['workload:shop/web>outside:cluster', 1, 0],
      ['workload:shop/cart>outside:cluster', 1, 1],
      ['outside:cluster>workload:shop/web', 1, 0],
    ]);
  });

  it('hides its cards, not Anywhere', () => {
    const closed = new Set([OUTSIDE_GROUP_ID]);
    expect(isHiddenNode('ipBlock:10.0.0.0/8', closed)).toBe(true);
    expect(isHiddenNode('external:bank', closed)).toBe(true);
    expect(isHiddenNode('any:*', closed)).toBe(false);
  });
});
