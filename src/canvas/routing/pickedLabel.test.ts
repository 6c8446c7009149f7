import { describe, expect, it } from 'vitest';
import type { CanvasNode, FlowEdge, FlowEdgeData } from '../reactFlowTypes';
import { edgeRoutes } from './edgeRoutes';
import type { EdgeRoute, RouteEdge, RouteNode } from './edgeRoutes';
import { labelSizeOf } from './labelPlace';
import { LABEL_FIRST } from './labelOrder';
import { routeInputOf } from './routeInput';
import { sameRoute } from './routeChanges';
import { rectAround, rectsOverlap } from './rectGeometry';
import { obstacleGridOf } from './obstacleGrid';
import { pickedLabelSpot } from './pickedLabel';

const data = (more: Partial<FlowEdgeData> = {}): FlowEdgeData => ({
  status: 'allowed',
  from: 'shop/cartservice',
  to: 'shop/redis-cart',
  ports: 'TCP 6379',
  reason: '',
  emphasis: false,
  path: false,
  changed: false,
  ...more,
});

function card(name: string, x: number, y = 0): CanvasNode {
  return {
    id: `workload:shop/${name}`,
    type: 'workload',
    position: { x, y },
    width: 236,
    height: 112,
    data: { name },
  } as unknown as CanvasNode;
}

const flow = (source: string, target: string, more: Partial<FlowEdgeData> = {}): FlowEdge => ({
  id: `${source}>${target}`,
  source: `workload:shop/${source}`,
  target: `workload:shop/${target}`,
  data: data(more),
});

/** The routes of the lines, as the canvas asks for them (`lit`: a focus's lines, or null). */
function routed(
  nodes: readonly CanvasNode[],
  edges: readonly FlowEdge[],
  lit: ((e: FlowEdge) => boolean) | null = null,
) {
  const input = routeInputOf(nodes, edges, 1, 0, 1, lit);
  return edgeRoutes(input.nodes, input.edges);
}

describe('a line between two cards side by side, 40 px apart (cartservice → redis-cart)', () => {
  const nodes = [card('cartservice', 0), card('redis-cart', 276)];

  it('has no label on a plain line: no spot is off the cards', () => {
    expect(
      routed(nodes, [flow('cartservice', 'redis-cart')]).get('cartservice>redis-cart')?.label,
    ).toBeNull();
  });

  it('of the picked workload lies on no card: with no spot off them, it has none', () => {
    // held-200, cache-136 picked: its line's label lay over app-2-worker-180. The Inspector
    // lists the workload's peers with their ports; under the pointer the label shows.
    const route = routed(nodes, [
      flow('cartservice', 'redis-cart', { emphasis: true, picked: true }),
    ]).get('cartservice>redis-cart');
    expect(route?.label).toBeNull();
    expect(route?.over).toBeUndefined();
  });

  it('picked itself (a click, the matrix’s "Show on canvas") says its port, off other labels', () => {
    const route = routed(nodes, [
      { ...flow('cartservice', 'redis-cart', { emphasis: true }), selected: true },
    ]).get('cartservice>redis-cart');
    expect(route?.label).not.toBeNull();
    expect(route?.over).toBe(true);
  });

  it('of the workload focused with F lies on no card either', () => {
    const lit = () => true;
    const route = routed(nodes, [flow('cartservice', 'redis-cart')], lit).get(
      'cartservice>redis-cart',
    );
    expect(route?.label).toBeNull();
  });

  // dd8c805 gave every emphasised line these spots: a lesson step's lines (what the step
  // changed) then took the room of the step's other labels (three tiers, step 6: web → api).
  it('emphasised by a lesson step or an edit, not picked, has none, as before', () => {
    for (const more of [{ emphasis: true, changed: true }, { emphasis: true }]) {
      const route = routed(nodes, [flow('cartservice', 'redis-cart', more)]).get(
        'cartservice>redis-cart',
      );
      expect(route?.label, JSON.stringify(more)).toBeNull();
    }
  });

  it('blocked, drawn faint behind the picked workload’s lines, has none', () => {
    const behind = { status: 'blocked', faded: true, quiet: true } as const;
    const route = routed(nodes, [flow('cartservice', 'redis-cart', behind)]).get(
      'cartservice>redis-cart',
    );
    expect(route?.label).toBeNull();
  });
});

const rn = (id: string, x: number, y: number): RouteNode => ({
  id,
  rect: { x, y, width: 236, height: 112 },
  card: true,
  nameBand: 45,
});

const re = (
  source: string,
  target: string,
  label: string,
  more: Partial<Omit<RouteEdge, 'label'>> = {},
): RouteEdge & { label: string } => ({
  id: `${source}->${target}`,
  source,
  target,
  offset: 0,
  label,
  ...more,
});

/** The ids of the lines but `except` whose routes `a` and `b` draw differently. */
function othersMoved(
  a: Map<string, EdgeRoute>,
  b: Map<string, EdgeRoute>,
  except: string,
): string[] {
  return [...a].flatMap(([id, route]) => {
    const other = b.get(id);
    return id === except || (other !== undefined && sameRoute(route, other)) ? [] : [id];
  });
}

describe('lines alongside each other', () => {
  // Four cards in steps; a's line to b runs beside the two-way pair between a and d (its band
  // through the 80 px between c and b), and b's line to c: no spot on it is clear of the lines
  // alongside it, nor beside it.
  const nodes = [rn('a', 276, 400), rn('b', 828, 200), rn('c', 512, 200), rn('d', 1104, 0)];
  const edges = [
    re('a', 'd', 'TCP 6379', { offset: 18 }),
    re('b', 'c', 'TCP 7070'),
    re('a', 'b', 'TCP 8080, TCP 9090'),
    re('d', 'c', 'TCP 6379'),
    re('d', 'a', 'TCP 7070', { offset: 18 }),
  ];
  // Its workload picked, its label goes first (`labelTurnOf`), as it did before.
  const first = edges.map((e) => (e.id === 'a->b' ? { ...e, turn: LABEL_FIRST } : e));
  const before = edgeRoutes(nodes, first);

  it('leave a line without a label, in its turn', () => {
    expect(before.get('a->b')?.label).toBeNull();
  });

  it('give the picked workload’s line its label on its own line, drawn thick', () => {
    const picked = edgeRoutes(
      nodes,
      first.map((e) => (e.id === 'a->b' ? { ...e, picked: true } : e)),
    );
    const route = picked.get('a->b');
    expect(route?.label).not.toBeNull();
    // Over the lines beside it, not over cards.
    expect(route?.over).toBeUndefined();
    expect(othersMoved(before, picked, 'a->b')).toEqual([]);
  });
});

describe('a picked workload’s line with no room in its turn', () => {
  // Four cards in a row, 40 px apart, two more above: the picked line c → d runs along the row.
  // Given its spot in its own turn (the first), its label took b → c's: b → c's moved.
  const nodes = [
    rn('d', 0, 400),
    rn('b', 276, 400),
    rn('a', 552, 400),
    rn('c', 828, 400),
    rn('above', 552, 200),
    rn('e', 828, 200),
  ];
  const edges = [
    re('d', 'e', 'TCP 6379'),
    re('b', 'c', 'TCP 7070'),
    re('c', 'd', 'TCP 8080, TCP 9090'),
    re('a', 'd', 'TCP 7070'),
  ];

  it('is placed after every other: no other route or label moves, none lies on another', () => {
    for (const pick of edges) {
      // As before: its workload picked, its label goes first (`labelTurnOf`).
      const first = edges.map((e) => (e.id === pick.id ? { ...e, turn: LABEL_FIRST } : e));
      const before = edgeRoutes(nodes, first);
      const after = edgeRoutes(
        nodes,
        first.map((e) => (e.id === pick.id ? { ...e, picked: true } : e)),
      );
      expect(othersMoved(before, after, pick.id), pick.id).toEqual([]);
      const boxes = edges.flatMap((e) => {
        const spot = after.get(e.id)?.label;
        const size = labelSizeOf(e.label);
        return spot == null ? [] : [rectAround(spot, size.width, size.height)];
      });
      boxes.forEach((p, i) => {
        for (const q of boxes.slice(i + 1)) expect(rectsOverlap(p, q), pick.id).toBe(false);
      });
    }
  });
});

describe('the picked workload’s line running just under a row of cards', () => {
  // held-200, app-1-cache-136 picked: "all ports" lay on the bottom edge of app-2-worker-180.
  const cards = [0, 220, 440].map((x) => ({ x, y: 0, width: 200, height: 100 }));
  const points = [
    { x: 0, y: 110 },
    { x: 640, y: 110 },
  ];

  it('says its port beside its line, off the cards, before lying over them', () => {
    const room = {
      grid: obstacleGridOf(cards),
      board: new Map(),
      design: { x: -100, y: -100, width: 900, height: 400 },
    };
    const spot = pickedLabelSpot(points, { label: 'all ports', offset: 0 }, room);
    if (spot === null) throw new Error('the picked line has a label');
    expect(spot.over).toBeUndefined();
    const size = labelSizeOf('all ports');
    const box = rectAround(spot.label, size.width, size.height);
    expect(cards.filter((c) => rectsOverlap(c, box))).toEqual([]);
    // Beside its line, touching it: read as its label.
    expect(box.y).toBeGreaterThan(110);
    expect(box.y).toBeLessThanOrEqual(110 + 4);
  });
});
