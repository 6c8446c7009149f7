import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { netpol } from '../../engine/__fixtures__/clusters/objects';
import type { FlowGroup } from '../../store';
import { createEditorStore, nodeIdOfEnd, selectFlowGroups } from '../../store';
import { WORKLOAD_SIZE } from '../layoutGeometry';
import { virtualEndsOf } from '../../store';
import { elkGraphOf, idsToPlace, positionsFromElk } from './elkGraph';

const doc = threeTierCluster([]);
const flow = (source: string, target: string) =>
  ({
    id: `${source}>${target}`,
    source,
    target,
    flows: [],
    status: 'allowed',
  }) as unknown as FlowGroup;
const groups = [
  flow('workload:prod/web', 'workload:prod/api'),
  flow('namespace:prod', 'workload:prod/db'),
];
const graph = elkGraphOf({ doc, groups, virtualEnds: [] });

describe('the graph handed to the automatic layout', () => {
  it('holds each namespace as a box around its workloads, with their sizes', () => {
    const prod = graph.children?.find((n) => n.id === 'namespace:prod');
    expect(prod?.children?.map((c) => c.id)).toEqual([
      'workload:prod/web',
      'workload:prod/api',
      'workload:prod/db',
    ]);
    expect(prod?.children?.[0]).toMatchObject(WORKLOAD_SIZE);
  });

  it('links the workloads of a namespace by their lines, not a line from the namespace itself', () => {
    const prod = graph.children?.find((n) => n.id === 'namespace:prod');
    expect(prod?.edges).toEqual([
      {
        id: 'workload:prod/web>workload:prod/api',
        sources: ['workload:prod/web'],
        targets: ['workload:prod/api'],
      },
    ]);
  });

  it('puts the ends of broad rules at the top level', () => {
    const store = createEditorStore();
    store.getState().replaceDoc(doc);
    const derived = selectFlowGroups(store.getState());
    const ends = virtualEndsOf(derived);
    const withEnds = elkGraphOf({ doc, groups: derived, virtualEnds: ends });
    const top = withEnds.children?.map((n) => n.id) ?? [];
    expect(top).toEqual(expect.arrayContaining(['namespace:prod']));
    expect(top.length).toBe(doc.namespaces.length + doc.externals.length + ends.length);
  });
});

describe('what a layout places', () => {
  const positions = { 'namespace:prod': { x: 5, y: 6 }, 'workload:prod/web': { x: 40, y: 60 } };

  it('after an import, only the nodes without a stored position', () => {
    const ids = idsToPlace(graph, positions, 'unplaced');
    expect(ids).toContain('workload:prod/api');
    expect(ids).not.toContain('namespace:prod');
    expect(ids).not.toContain('workload:prod/web');
  });

  it('after an import whose every box, card and endpoint has a place, none: not Anywhere', () => {
    const store = createEditorStore();
    // web admits everyone: a line from Anywhere.
    const open = netpol('prod', 'web-open', {
      podSelector: { matchLabels: { role: 'web' } },
      ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }],
    });
    store.getState().replaceDoc(threeTierCluster([open]));
    const derived = selectFlowGroups(store.getState());
    const ends: string[] = virtualEndsOf(derived).map((end) => nodeIdOfEnd(end));
    expect(ends.length).toBeGreaterThan(0);
    const withEnds = elkGraphOf({
      doc: store.getState().doc,
      groups: derived,
      virtualEnds: virtualEndsOf(derived),
    });
    const ids = idsToPlace(withEnds, {}, 'all').filter((id) => !ends.includes(id));
    const placed = Object.fromEntries(ids.map((id) => [id, { x: 0, y: 0 }]));
    expect(idsToPlace(withEnds, placed, 'unplaced')).toEqual([]);
    // With a workload to place, the ends of broad rules are laid out with it.
    const { 'workload:prod/db': _db, ...fewer } = placed;
    expect(idsToPlace(withEnds, fewer, 'unplaced').sort()).toEqual(
      ['workload:prod/db', ...ends].sort(),
    );
  });

  it('on Re-layout, every node', () => {
    expect(idsToPlace(graph, positions, 'all')).toEqual(
      expect.arrayContaining(['namespace:prod', 'workload:prod/web']),
    );
  });
});

describe('positions from the laid-out graph', () => {
  const laidOut: ElkNode = {
    id: 'root',
    children: [
      {
        id: 'namespace:prod',
        x: 10.4,
        y: 20.6,
        children: [
          { id: 'workload:prod/web', x: 24, y: 56 },
          { id: 'workload:prod/api', x: 300.5, y: 56 },
        ],
      },
      { id: 'external:backup' },
    ],
  };

  it('keeps workloads relative to their box, rounded, and only the nodes asked for', () => {
    expect(
      positionsFromElk(laidOut, ['namespace:prod', 'workload:prod/api', 'external:backup']),
    ).toEqual({ 'namespace:prod': { x: 10, y: 21 }, 'workload:prod/api': { x: 301, y: 56 } });
  });
});
