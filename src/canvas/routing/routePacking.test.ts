import { describe, expect, it } from 'vitest';
import { edgeRoutes } from './edgeRoutes';
import type { EdgeRoute, RouteEdge, RouteNode } from './edgeRoutes';
import { takeRouteChanges } from './routeChanges';
import { packRouteChanges, unpackRouteChanges } from './routePacking';

const card = (id: string, x: number, y: number): RouteNode => ({
  id,
  rect: { x, y, width: 236, height: 112 },
  card: true,
});

const line = (source: string, target: string): RouteEdge => ({
  id: `e:${source}->${target}`,
  source,
  target,
  offset: 0,
  label: 'TCP 8080',
  shortLabel: '8080',
});

describe('the routes the worker sends, packed', () => {
  // Two rows of cards with a row between them: the lines from the top row to the bottom one
  // run around the middle row, several in lanes side by side.
  const top = [0, 1, 2, 3].map((i) => card(`workload:ns-a/api-${String(i)}`, i * 320, 0));
  const middle = [0, 1, 2, 3].map((i) => card(`workload:ns-b/mid-${String(i)}`, i * 320, 300));
  const bottom = [0, 1, 2, 3].map((i) => card(`workload:ns-c/db-${String(i)}`, i * 320, 600));
  const nodes = [...top, ...middle, ...bottom];
  const lines = top.flatMap((a) => bottom.map((b) => line(a.id, b.id)));
  const routes = edgeRoutes(nodes, lines);
  const changes = takeRouteChanges(new Map(), routes);

  it('hold only numbers and text: no route object is copied into the page', () => {
    const packed = packRouteChanges(changes);
    expect(packed.numbers).toBeInstanceOf(Float64Array);
    expect(typeof packed.texts).toBe('string');
    expect(packed.count).toBe(lines.length);
  });

  it('read back, are every route as routed, lanes and labels too', () => {
    expect([...routes.values()].some((r) => r.lanes !== undefined)).toBe(true);
    expect(unpackRouteChanges(packRouteChanges(changes))).toStrictEqual(changes);
  });

  it('read back, keep a label without a spot, a short label, one over cards, a fan’s, a leader and the ids of lines gone', () => {
    const at = { x: 1.5, y: -2.25 };
    const route = (more: Partial<EdgeRoute>): EdgeRoute => ({
      path: 'M 0 0 L 10 0',
      points: [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      label: at,
      middle: { x: 5, y: 0 },
      ...more,
    });
    const mixed = {
      changed: [
        ['a>b', route({ label: null })],
        ['b>c', route({ short: true })],
        ['c>d', route({ short: false, lanes: { alone: '', laned: [] } })],
        ['d>e', route({ points: [], path: '' })],
        ['e>f', route({ over: true })],
        ['f>g', route({ short: true, over: true })],
        ['g>h', route({ stacked: true })],
        ['h>i', route({ label: null, fan: 'g>h', lanes: { alone: 'M 0 0', laned: [] } })],
        ['i>j', route({ leader: { x: 4.5, y: 0 }, stacked: true })],
      ] as const,
      removed: ['x>y', 'y>z'],
    };
    expect(unpackRouteChanges(packRouteChanges(mixed))).toStrictEqual(mixed);
    const none = { changed: [], removed: ['x>y'] };
    expect(unpackRouteChanges(packRouteChanges(none))).toStrictEqual(none);
  });
});
