import { describe, expect, it } from 'vitest';
import type { FlowGroup, NodeId } from '../../store';
import { collapseLines, edgeIdOf } from '../../store';
import { summaryEdges } from './summaryEdges';

function line(source: string, target: string, status: FlowGroup['status']): FlowGroup {
  const s = source as NodeId;
  const t = target as NodeId;
  return { id: edgeIdOf(s, t), source: s, target: t, flows: [], status };
}

describe('the line of a summary', () => {
  const { summaries } = collapseLines(
    [
      line('workload:shop/web', 'workload:pay/api', 'allowed'),
      line('workload:shop/cart', 'workload:pay/api', 'blocked'),
    ],
    new Set(['shop', 'pay']),
  );
  const [edge] = summaryEdges(summaries, null);

  it('joins the two boxes, labelled with what it counts and coloured by its status', () => {
    expect(edge).toMatchObject({ source: 'namespace:shop', target: 'namespace:pay' });
    expect(edge?.data).toMatchObject({
      ports: '2 connections, 1 blocked',
      status: 'partial',
      summary: true,
    });
    expect(edge?.ariaLabel).toBe(
      'Summary namespace shop to namespace pay: 2 connections, 1 blocked. Expands namespace shop and namespace pay',
    );
  });

  it('names the lines it stands for in its tooltip', () => {
    expect(edge?.data?.reason).toContain('shop/cart → pay/api: blocked');
  });
});

describe('the line of a summary to the group outside the cluster, collapsed', () => {
  const { summaries } = collapseLines(
    [
      line('ipBlock:10.0.0.0/8', 'workload:shop/web', 'allowed'),
      line('ipBlock:0.0.0.0/0', 'workload:shop/web', 'allowed'),
    ],
    new Set(['outside:cluster']),
  );
  const [edge] = summaryEdges(summaries, null);

  it('names the group, not a namespace, as what a click expands', () => {
    expect(edge?.ariaLabel).toBe(
      'Summary Outside the cluster to shop/web: 2 connections. Expands Outside the cluster',
    );
    expect(edge?.data?.reason).toMatch(/\nClick to expand Outside the cluster\.$/);
    expect(`${edge?.ariaLabel ?? ''} ${edge?.data?.reason ?? ''}`).not.toContain('namespace');
  });
});

describe('when there are many summary lines', () => {
  const groups = Array.from({ length: 20 }, (_, i) =>
    line(`workload:a/w${String(i)}`, `workload:n${String(i)}/x`, 'allowed'),
  );
  const { summaries } = collapseLines(groups, new Set(['a']));

  it('makes them quiet, labelled only while they touch the selected node', () => {
    const edges = summaryEdges(summaries, 'workload:n3/x');
    expect(edges.every((e) => e.data?.quiet === true)).toBe(true);
    const emphasised = edges.filter((e) => e.data?.emphasis === true).map((e) => e.target);
    expect(emphasised).toEqual(['workload:n3/x']);
  });
});
