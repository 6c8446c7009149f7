import { describe, expect, it } from 'vitest';
import { card, cardGrid, crossings } from './routeCrossings.testkit';
import { edgeRoutes } from './edgeRoutes';
import type { RouteEdge, RouteNode } from './edgeRoutes';
import { polylineCrosses } from './rectGeometry';
import type { Rect } from '../edges/edgeGeometry';

const line = (source: string, target: string, offset = 0): RouteEdge => ({
  id: `${source}->${target}`,
  source,
  target,
  offset,
  label: null,
});

/** Both directions of a two-way pair, each drawn 18 pixels to its side (`PAIR_OFFSET`). */
const pair = (a: string, b: string) => [line(a, b, 18), line(b, a, 18)];

describe('the two lines of a two-way pair between two cards with a third between them', () => {
  it('go around it, both of them, where their band fits beside it', () => {
    const nodes = [card('a', 0, 0), card('b', 400, 0), card('c', 800, 0)];
    const edges = pair('a', 'c');
    expect(crossings(nodes, edges, edgeRoutes(nodes, edges))).toEqual([]);
  });

  it('go around it through a gap of 20 pixels, closer together', () => {
    // b has a card above and below it, 20 pixels off: the way round runs through those gaps.
    const nodes = [
      card('a', 0, 132),
      card('b', 400, 132),
      card('c', 800, 132),
      card('above', 400, 0),
      card('below', 400, 264),
    ];
    const edges = pair('a', 'c');
    const routes = edgeRoutes(nodes, edges);
    expect(crossings(nodes, edges, routes)).toEqual([]);
    expect(routes.get('a->c')?.points.length).toBeGreaterThan(2);
  });
});

describe.each([
  ['wide', 330, 210, 60],
  ['narrow (20 px)', 256, 132, 0],
])('a %s grid of cards with two-way pairs across it', (_, dx, dy, stagger) => {
  it('routes both lines of every pair clear of the cards that are not their ends', () => {
    const nodes = cardGrid(dx, dy, stagger);
    const edges = [
      ...pair('n0-0', 'n4-5'),
      ...pair('n2-0', 'n2-5'),
      ...pair('n0-3', 'n4-2'),
      ...pair('n4-0', 'n0-5'),
      ...pair('n1-1', 'n3-4'),
    ];
    expect(crossings(nodes, edges, edgeRoutes(nodes, edges))).toEqual([]);
  });
});

describe('an open namespace box between two collapsed ones', () => {
  // Three boxes in a column, the middle one open with a row of cards across it.
  const open: RouteNode = {
    id: 'open',
    rect: { x: 0, y: 168, width: 1060, height: 300 },
    card: false,
    header: { x: 0, y: 168, width: 1060, height: 41 },
  };
  const top: RouteNode = { id: 'top', rect: { x: 380, y: 0, width: 300, height: 104 }, card: true };
  const bottom: RouteNode = { ...top, id: 'bottom', rect: { ...top.rect, y: 532 } };
  const inside = [0, 1, 2, 3].map((i) => card(`in${String(i)}`, 24 + i * 256, 240));
  const nodes = [top, open, ...inside, bottom];

  it('has the lines between them go around it, not between its cards', () => {
    const edges = [line('top', 'bottom'), ...pair('bottom', 'top')];
    const routes = edgeRoutes(nodes, edges);
    expect(crossings(nodes, edges, routes)).toEqual([]);
  });

  it('lets a line to one of its cards in', () => {
    const edges = [line('top', 'in1'), ...pair('bottom', 'in2')];
    const routes = edgeRoutes(nodes, edges);
    const others = nodes.filter((n) => n.id !== 'open');
    expect(crossings(others, edges, routes)).toEqual([]);
    const box: Rect = open.rect;
    expect(polylineCrosses(routes.get('top->in1')?.points ?? [], box)).toBe(true);
  });
});
