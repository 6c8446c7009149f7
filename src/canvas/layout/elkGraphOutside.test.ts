import { describe, expect, it } from 'vitest';
import type { FlowEnd } from '../../engine';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { OUTSIDE_GROUP_ID } from '../../store';
import { boxesOverlap } from './boxesOverlap';
import { elkGraphOf, idsToPlace, positionsFromElk } from './elkGraph';

const doc = threeTierCluster([]);
const ends = [
  { kind: 'ipBlock', cidr: '10.0.0.0/8' },
  { kind: 'any' },
  { kind: 'ipBlock', cidr: '192.168.0.0/16' },
] as unknown as FlowEnd[];
const graph = elkGraphOf({ doc, groups: [], virtualEnds: ends });
const top = (graph.children ?? []).map((n) => n.id);

describe('the IP blocks and endpoints outside the cluster, laid out', () => {
  it('are one group, after the namespaces; anywhere stays a node of its own, first', () => {
    const group = graph.children?.find((n) => n.id === OUTSIDE_GROUP_ID);
    expect(group?.children?.map((c) => c.id)).toEqual([
      'ipBlock:10.0.0.0/8',
      'ipBlock:192.168.0.0/16',
      ...doc.externals.map((e) => `external:${e.name}`),
    ]);
    expect(top[0]).toBe('any:*');
    expect(top.at(-1)).toBe(OUTSIDE_GROUP_ID);
    expect(top.filter((id) => id.startsWith('ipBlock:') || id.startsWith('external:'))).toEqual([]);
  });

  it('place their cards, never the group, which is no node of the design', () => {
    const all = idsToPlace(graph, {}, 'all');
    expect(all).toContain('ipBlock:10.0.0.0/8');
    expect(all).not.toContain(OUTSIDE_GROUP_ID);
    // Expand all places the boxes again: the group's cards move with it.
    const placed = Object.fromEntries(all.map((id) => [id, { x: 0, y: 0 }]));
    const boxes = idsToPlace(graph, placed, 'boxes');
    expect(boxes).toContain('ipBlock:192.168.0.0/16');
    expect(boxes).not.toContain(OUTSIDE_GROUP_ID);
    expect(idsToPlace(graph, placed, 'unplaced')).toEqual([]);
  });

  it('put each card where it is drawn, on the top level, not relative to the group', () => {
    const laidOut = {
      id: 'root',
      children: [
        {
          id: OUTSIDE_GROUP_ID,
          x: 1000,
          y: 400,
          children: [{ id: 'ipBlock:10.0.0.0/8', x: 24, y: 56 }],
        },
        { id: 'namespace:prod', x: 0, y: 0, children: [{ id: 'workload:prod/web', x: 24, y: 56 }] },
      ],
    };
    const ids = ['ipBlock:10.0.0.0/8', 'workload:prod/web'];
    expect(positionsFromElk(laidOut, ids)).toEqual({
      'ipBlock:10.0.0.0/8': { x: 1024, y: 456 },
      'workload:prod/web': { x: 24, y: 56 },
    });
  });
});

describe('a namespace opened beside the group outside the cluster', () => {
  const laidOut = {
    id: 'root',
    children: [
      { id: 'namespace:prod', width: 900, height: 600 },
      {
        id: OUTSIDE_GROUP_ID,
        width: 600,
        height: 156,
        children: [
          { id: 'ipBlock:10.0.0.0/8', width: 220, height: 76 },
          { id: 'ipBlock:192.168.0.0/16', width: 220, height: 76 },
        ],
      },
    ],
  };
  const cards = (x: number) => ({
    'ipBlock:10.0.0.0/8': { x, y: 56 },
    'ipBlock:192.168.0.0/16': { x: x + 240, y: 56 },
  });

  it('needs room when it grew over the group’s cards', () => {
    expect(boxesOverlap(laidOut, { 'namespace:prod': { x: 0, y: 0 }, ...cards(500) })).toBe(true);
  });

  it('needs none while the group stands clear of it', () => {
    expect(boxesOverlap(laidOut, { 'namespace:prod': { x: 0, y: 0 }, ...cards(1000) })).toBe(false);
  });
});
