import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { NAMESPACE_COLLAPSED, namespaceSize } from '../layoutGeometry';
import { boxesOverlap } from './boxesOverlap';
import { elkGraphOf, idsToPlace } from './elkGraph';

const doc = threeTierCluster([]);
const base = { doc, groups: [], virtualEnds: [] };

describe('the automatic layout of collapsed namespaces', () => {
  it('lays a collapsed namespace out as one small box, without its workloads', () => {
    const graph = elkGraphOf({ ...base, collapsed: new Set(['prod']) });
    const prod = graph.children?.find((n) => n.id === 'namespace:prod');
    expect(prod).toEqual({ id: 'namespace:prod', ...NAMESPACE_COLLAPSED });
    expect(JSON.stringify(graph)).not.toContain('workload:prod/');
  });

  it('keeps the inside of an expanded box whose workloads all have a place', () => {
    const kept = {
      'workload:prod/web': { x: 24, y: 56 },
      'workload:prod/api': { x: 340, y: 56 },
      'workload:prod/db': { x: 656, y: 56 },
    };
    const graph = elkGraphOf({ ...base, kept });
    const prod = graph.children?.find((n) => n.id === 'namespace:prod');
    expect(prod).toEqual({ id: 'namespace:prod', ...namespaceSize(Object.values(kept)) });
  });

  it('places the top-level boxes again, and the nodes without a place, for room', () => {
    const graph = elkGraphOf(base);
    const ids = idsToPlace(graph, { 'workload:prod/web': { x: 0, y: 0 } }, 'room');
    expect(ids).toContain('namespace:prod');
    expect(ids).toContain('workload:prod/api');
    expect(ids).not.toContain('workload:prod/web');
  });
});

describe('whether boxes need room', () => {
  const laidOut = {
    id: 'root',
    children: [
      { id: 'a', width: 300, height: 100 },
      { id: 'b', width: 300, height: 100 },
    ],
  };

  it('says no when the boxes stand apart', () => {
    expect(boxesOverlap(laidOut, { a: { x: 0, y: 0 }, b: { x: 400, y: 0 } })).toBe(false);
  });

  it('says yes when a box grew over its neighbour', () => {
    expect(boxesOverlap(laidOut, { a: { x: 0, y: 0 }, b: { x: 250, y: 50 } })).toBe(true);
  });
});
