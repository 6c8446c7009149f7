import { describe, expect, it } from 'vitest';
import { LANE_GAP } from './corridors';
import { card, cardGrid, crossings } from './routeCrossings.testkit';
import { edgeRoutes, pathOf } from './edgeRoutes';
import type { RouteEdge, RouteNode } from './edgeRoutes';
import { labelSizeOf } from './labelPlace';
import { LABEL_FIRST, LABEL_GIVES_WAY, LABEL_PLAIN } from './labelOrder';
import type { Point } from './rectGeometry';
import { distance, polylineCrosses, polylinePoint, rectAround, rectsOverlap } from './rectGeometry';

const line = (source: string, target: string, label: string | null = 'TCP 80'): RouteEdge => ({
  id: `${source}->${target}`,
  source,
  target,
  offset: 0,
  label,
});

describe('a line between two cards with a third card between them', () => {
  const nodes = [card('a', 0, 0), card('b', 400, 0), card('c', 800, 0)];
  const route = edgeRoutes(nodes, [line('a', 'c')]).get('a->c');

  it('goes around the third card', () => {
    expect(route).toBeDefined();
    expect(route?.points.length).toBeGreaterThan(2);
    expect(polylineCrosses(route?.points ?? [], nodes[1]?.rect ?? nodes[0]!.rect)).toBe(false);
  });

  it('starts on the border of its source and ends on the border of its target', () => {
    const points = route?.points ?? [];
    expect(points[0]?.x).toBe(236);
    expect(points[points.length - 1]?.x).toBe(800);
  });
});

describe('a line with nothing in its way', () => {
  it('stays straight', () => {
    const route = edgeRoutes([card('a', 0, 0), card('b', 400, 0)], [line('a', 'b')]).get('a->b');
    expect(route?.points).toEqual([
      { x: 236, y: 56 },
      { x: 400, y: 56 },
    ]);
  });
});

describe('a line whose ends sit inside a namespace box', () => {
  it('does not treat the box as something to go around', () => {
    const box: RouteNode = {
      id: 'ns',
      rect: { x: -50, y: -80, width: 800, height: 300 },
      card: false,
    };
    const route = edgeRoutes([box, card('a', 0, 0), card('b', 400, 0)], [line('a', 'b')]);
    expect(route.get('a->b')?.points).toHaveLength(2);
  });
});

describe('a line from a namespace box', () => {
  const box: RouteNode = { id: 'ns', rect: { x: 0, y: 0, width: 560, height: 500 }, card: false };
  const inside = [card('a', 24, 56), card('b', 300, 56), card('c', 24, 300), card('d', 300, 300)];

  it('to a workload outside starts on its border and crosses none of its cards', () => {
    const far = card('far', 900, 200);
    const route = edgeRoutes([box, ...inside, far], [line('ns', 'far')]).get('ns->far');
    expect(route?.points[0]?.x).toBe(560);
    for (const n of inside) expect(polylineCrosses(route?.points ?? [], n.rect)).toBe(false);
  });

  it('to one of its own workloads comes from the nearest side, never across its header', () => {
    const header = { x: 0, y: 0, width: 560, height: 46 };
    const routes = edgeRoutes(
      [{ ...box, header }, ...inside],
      [line('ns', 'a'), line('ns', 'c'), line('ns', 'd')],
    );
    expect(routes.get('ns->c')?.points[0]).toEqual({ x: 0, y: 356 });
    expect(routes.get('ns->d')?.points[0]).toEqual({ x: 560, y: 356 });
    for (const id of ['ns->a', 'ns->c', 'ns->d']) {
      const points = routes.get(id)?.points ?? [];
      expect(polylineCrosses(points, header), `${id} crosses the header`).toBe(false);
      for (const n of inside) {
        if (`ns->${n.id}` !== id) expect(polylineCrosses(points, n.rect)).toBe(false);
      }
    }
  });
});

/** The smallest distance between points spread along two polylines (their middles mostly). */
function closestApproach(p: readonly Point[], q: readonly Point[]): number {
  let least = Infinity;
  for (let i = 1; i < 20; i++) {
    const a = polylinePoint(p, i / 20);
    for (let j = 1; j < 20; j++) least = Math.min(least, distance(a, polylinePoint(q, j / 20)));
  }
  return least;
}

describe('the two lines of a two-way pair', () => {
  const pair = (offset: number) => [
    { ...line('a', 'c'), offset },
    { ...line('c', 'a'), offset },
  ];

  it('run side by side, 36 pixels apart, when nothing is between them', () => {
    const routes = edgeRoutes([card('a', 0, 0), card('c', 800, 0)], pair(18));
    const there = routes.get('a->c')?.points ?? [];
    const back = routes.get('c->a')?.points ?? [];
    expect(Math.abs((there[0]?.y ?? 0) - (back[0]?.y ?? 0))).toBe(36);
    expect(there[0]?.x).toBe(236);
    expect(back[0]?.x).toBe(800);
  });

  it('stay apart all along when they go around a card between their ends', () => {
    const nodes = [card('a', 0, 0), card('b', 400, 0), card('c', 800, 0)];
    const routes = edgeRoutes(nodes, pair(18));
    const there = routes.get('a->c')?.points ?? [];
    const back = routes.get('c->a')?.points ?? [];
    expect(there.length).toBeGreaterThan(2);
    expect(closestApproach(there, back)).toBeGreaterThan(30);
  });
});

describe('labels', () => {
  it('sit off every card, even when the middle of the line is on one', () => {
    const nodes = [card('a', 0, 0), card('b', 300, 0), card('c', 600, 0), card('d', 300, 200)];
    const edges = [line('a', 'c', 'TCP 5432, TCP 6379'), line('a', 'd'), line('d', 'c')];
    const routes = edgeRoutes(nodes, edges);
    for (const edge of edges) {
      const spot = routes.get(edge.id)?.label;
      expect(spot).toBeDefined();
      if (spot === null || spot === undefined) continue;
      const size = labelSizeOf(edge.label ?? '');
      const box = rectAround(spot, size.width, size.height);
      for (const n of nodes) expect(rectsOverlap(box, n.rect)).toBe(false);
    }
  });

  it('have no place when the whole line runs over cards', () => {
    const nodes = [card('a', 0, 0), card('b', 0, 120)];
    const route = edgeRoutes(nodes, [line('a', 'b')]).get('a->b');
    expect(route?.label).toBeNull();
    expect(route?.middle).toBeDefined();
  });

  it('too long for the room between two cards, take their shorter text there', () => {
    // 110 pixels between the cards: room for `⊘ TCP 6379`, not for the whole sentence.
    const nodes = [card('a', 0, 0), card('b', 346, 0)];
    const long = line('a', 'b', 'TCP 6379 · blocked if enforced');
    expect(edgeRoutes(nodes, [long]).get('a->b')?.label).toBeNull();
    const route = edgeRoutes(nodes, [{ ...long, shortLabel: '⊘ TCP 6379' }]).get('a->b');
    const spot = route?.label;
    expect(route?.short).toBe(true);
    if (spot === null || spot === undefined) throw new Error('the short label has a place');
    const size = labelSizeOf('⊘ TCP 6379');
    for (const n of nodes) {
      expect(rectsOverlap(rectAround(spot, size.width, size.height), n.rect)).toBe(false);
    }
  });

  it('keep their whole text where it fits', () => {
    const nodes = [card('a', 0, 0), card('b', 800, 0)];
    const edge = { ...line('a', 'b', 'TCP 6379 · blocked if enforced'), shortLabel: '⊘ TCP 6379' };
    const route = edgeRoutes(nodes, [edge]).get('a->b');
    expect(route?.label).not.toBeNull();
    expect(route?.short).toBeUndefined();
  });

  it('never lie on one another: one without room on its line stands off it, on a leader', () => {
    // 110 pixels between the cards: room for one `TCP 80` on the line, not for two side by side.
    const nodes = [card('a', 0, 0), card('b', 346, 0)];
    const edges = [line('a', 'b'), { ...line('a', 'b', 'TCP 443'), id: 'a->b:443' }];
    const routes = edgeRoutes(nodes, edges);
    const boxes = edges.flatMap((e) => {
      const spot = routes.get(e.id)?.label;
      const size = labelSizeOf(e.label ?? '');
      return spot == null ? [] : [rectAround(spot, size.width, size.height)];
    });
    const [first, second] = boxes;
    expect(routes.get('a->b')?.leader).toBeUndefined();
    expect(routes.get('a->b:443')?.leader).toBeDefined();
    expect(first !== undefined && second !== undefined && rectsOverlap(first, second)).toBe(false);
  });

  it('where only one fits, go to the line whose turn comes first, whatever the order', () => {
    // F on cartservice: its lit lines' `TCP 7070` lost their places to dimmed lines' labels.
    const nodes = [card('a', 0, 0), card('b', 346, 0)];
    const dimmed = { ...line('a', 'b', 'TCP 8080'), id: 'dimmed', turn: LABEL_GIVES_WAY };
    const lit = { ...line('a', 'b', 'TCP 7070'), id: 'lit', turn: LABEL_FIRST };
    const plain = { ...line('a', 'b', 'TCP 3550'), id: 'plain' };
    for (const edges of [
      [dimmed, plain, lit],
      [plain, dimmed, lit],
    ]) {
      const routes = edgeRoutes(nodes, edges);
      expect(edges.filter((e) => routes.get(e.id)?.label != null).map((e) => e.id)).toEqual([
        'lit',
      ]);
    }
  });

  it('of one turn keep the order the lines came in', () => {
    const nodes = [card('a', 0, 0), card('b', 346, 0)];
    const edges = [
      { ...line('a', 'b', 'TCP 8080'), id: 'first', turn: LABEL_PLAIN },
      { ...line('a', 'b', 'TCP 3550'), id: 'second' },
    ];
    const routes = edgeRoutes(nodes, edges);
    expect(routes.get('first')?.label).not.toBeNull();
    expect(routes.get('second')?.label).toBeNull();
  });

  it('sit within the design when its line runs round the design’s edge', () => {
    // Three cards in a column: the line from the top one to the bottom one goes round the middle
    // one, outside the column, where a fitted view cuts a label ("⊘ all ports" read "orts").
    const nodes = [card('a', 0, 0), card('b', 0, 200), card('c', 0, 400)];
    const edge = line('a', 'c', '⊘ all ports');
    const route = edgeRoutes(nodes, [edge]).get(edge.id);
    const spot = route?.label;
    if (spot === null || spot === undefined) throw new Error('the label has a place');
    expect(route?.points.some((p) => p.x < 0 || p.x > 236)).toBe(true);
    // Whole within the column, where the line runs into it.
    const size = labelSizeOf('⊘ all ports');
    const box = rectAround(spot, size.width, size.height);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(236);
    for (const n of nodes) expect(rectsOverlap(box, n.rect)).toBe(false);
  });

  it('keep off the label of a namespace’s line to itself', () => {
    // 24 real manifests at 1440×900: "all ports" of ns-y's line to itself and of y's line to
    // ns-y lay one on the other, read "all ports orts".
    const ns: RouteNode = {
      id: 'ns',
      rect: { x: 0, y: 200, width: 560, height: 400 },
      card: false,
    };
    // A line straight down whose middle lies where the loop's label sits, above the box's corner.
    const nodes = [ns, card('a', 430, -300), card('b', 430, 520)];
    const edges = [line('ns', 'ns', 'all ports'), line('a', 'b', 'all ports')];
    const routes = edgeRoutes(nodes, edges);
    const size = labelSizeOf('all ports');
    const [loop, other] = edges.map((e) => {
      const spot = routes.get(e.id)?.label;
      if (spot == null) throw new Error(`${e.id} has a label`);
      return rectAround(spot, size.width, size.height);
    });
    expect(loop && other && rectsOverlap(loop, other)).toBe(false);
  });

  it('stay apart from each other when there is room', () => {
    const nodes = [card('a', 0, 0), card('b', 800, 0)];
    const edges = [line('a', 'b'), { ...line('b', 'a'), offset: 9 }];
    const routes = edgeRoutes(nodes, edges);
    const [p, q] = edges.map((e) => routes.get(e.id)?.label);
    const size = labelSizeOf('TCP 80');
    expect(
      p &&
        q &&
        rectsOverlap(
          rectAround(p, size.width, size.height),
          rectAround(q, size.width, size.height),
        ),
    ).toBe(false);
  });
});

describe.each([
  ['wide', 330, 210, 60],
  ['narrow (20 px)', 256, 132, 0],
])('a %s grid of cards with lines across it', (_, dx, dy, stagger) => {
  it('routes every line clear of the cards that are not its ends', () => {
    const nodes = cardGrid(dx, dy, stagger);
    const edges = [
      line('n0-0', 'n4-5'),
      line('n2-0', 'n2-5'),
      line('n0-3', 'n4-2'),
      line('n4-0', 'n0-5'),
      line('n1-1', 'n3-4'),
    ];
    expect(crossings(nodes, edges, edgeRoutes(nodes, edges))).toEqual([]);
  });
});

describe('a line that crosses a namespace box’s header', () => {
  const header = { x: 0, y: 0, width: 560, height: 46 };
  const box: RouteNode = { id: 'ns', rect: { x: 0, y: 0, width: 560, height: 400 }, card: false };
  // The line's middle lies just inside the box, under its top border, where the name is.
  const nodes = [card('top', 100, -300), card('in', 100, 240)];
  const labelOf = (withHeader: boolean) => {
    const ns = withHeader ? { ...box, header } : box;
    const route = edgeRoutes([ns, ...nodes], [line('top', 'in')]).get('top->in');
    if (route?.label === null || route?.label === undefined) throw new Error('a label has room');
    const size = labelSizeOf('TCP 80');
    return rectAround(route.label, size.width, size.height);
  };

  it('keeps its label off the header, where the namespace’s name is', () => {
    expect(rectsOverlap(labelOf(false), header)).toBe(true);
    expect(rectsOverlap(labelOf(true), header)).toBe(false);
  });

  it('goes around the header, so the box can be grabbed by its name', () => {
    const across = (withHeader: boolean) => {
      const ns = withHeader ? { ...box, header } : box;
      const route = edgeRoutes([ns, ...nodes], [line('top', 'in')]).get('top->in');
      return polylineCrosses(route?.points ?? [], header);
    };
    expect(across(false)).toBe(true);
    expect(across(true)).toBe(false);
  });

  it('ends on the top of a box it points at from above, through its header', () => {
    const route = edgeRoutes([{ ...box, header }, card('top', 100, -300)], [line('top', 'ns')]);
    const points = route.get('top->ns')?.points ?? [];
    expect(points).toHaveLength(2);
    expect(points[points.length - 1]?.y).toBe(0);
  });
});

describe('a line from a namespace box to a card that overlaps its border', () => {
  // While the boxes wait for the layout, an opened box can reach over a card of another
  // namespace: the point where the line leaves the box is then the card's centre.
  const box: RouteNode = { id: 'ns', rect: { x: 0, y: 0, width: 400, height: 200 }, card: false };
  const over = card('w', 400 - 118, 100 - 56);

  it('is drawn with numbers, not NaN', () => {
    const route = edgeRoutes([box, over], [line('ns', 'w')]).get('ns->w');
    expect(route).toBeDefined();
    expect(route?.path).not.toContain('NaN');
    expect(route?.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });
});

/** How far `p` lies from the polyline through `points`. */
function distanceToLine(p: Point, points: readonly Point[]): number {
  let least = Infinity;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a === undefined || b === undefined) continue;
    const length2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1;
    const t = Math.max(
      0,
      Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / length2),
    );
    least = Math.min(least, distance(p, { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }));
  }
  return least;
}

describe('lines from one workload round the same card to neighbours in a row', () => {
  // A card in the way: the lines to t2 and t3 both go round its top left corner, from a's
  // centre, and part there.
  const nodes = [card('a', 0, 0), card('x', 300, 0), card('t2', 1000, -150), card('t3', 1300, -50)];
  const edges = [line('a', 't2', 'TCP 7000'), line('a', 't3', 'TCP 7070')];
  const routes = edgeRoutes(nodes, edges);
  const [two, three] = edges.map((e) => routes.get(e.id)?.points ?? []);

  it('are drawn apart where they share the way round the card', () => {
    // Their first pieces, from a's border to the corner, a lane apart all along.
    const first = (points: readonly Point[]) => [points[0], points[1]] as Point[];
    for (const at of [0.1, 0.5, 0.9]) {
      const on = polylinePoint(first(two ?? []), at);
      expect(distanceToLine(on, first(three ?? []))).toBeGreaterThan(LANE_GAP - 0.5);
    }
    for (const points of [two, three]) {
      expect(polylineCrosses(points ?? [], nodes[1]?.rect ?? nodes[0]!.rect)).toBe(false);
    }
  });

  it('say the room between their lanes where they share the way, the pointer’s reach there', () => {
    for (const edge of edges) {
      const route = routes.get(edge.id);
      const points = route?.points ?? [];
      // In a lane from a's border to the corner, where it steps back from its lane onto its own
      // way (points 1 and 2); alone from there on, where the two lines part.
      expect(points).toHaveLength(4);
      expect(route?.lanes?.laned).toEqual([{ path: pathOf(points.slice(0, 3)), room: LANE_GAP }]);
      expect(route?.lanes?.alone).toBe(pathOf(points.slice(2)));
    }
    const alone = edgeRoutes(nodes, [line('a', 't2', 'TCP 7000')]);
    expect(alone.get(edges[0]?.id ?? '')?.lanes).toBeUndefined();
  });
});

describe('lines that share the way to a tall card’s corner, half their length', () => {
  const nodes = [
    card('a', 0, 0),
    { ...card('x', 700, -100), rect: { x: 700, y: -100, width: 236, height: 400 } },
    card('t2', 1300, -206),
    card('t3', 1700, -100),
  ];
  const edges = [line('a', 't2', 'TCP 7000'), line('a', 't3', 'TCP 7070')];
  const routes = edgeRoutes(nodes, edges);
  const [two, three] = edges.map((e) => routes.get(e.id)?.points ?? []);

  it('have a label each, nearer its own line than the other, never touching', () => {
    const boxes = edges.map((e, i) => {
      const spot = routes.get(e.id)?.label;
      if (spot === null || spot === undefined) throw new Error(`${e.id} has a label`);
      const own = (i === 0 ? two : three) ?? [];
      const other = (i === 0 ? three : two) ?? [];
      expect(distanceToLine(spot, own)).toBeLessThan(distanceToLine(spot, other));
      const size = labelSizeOf(e.label ?? '');
      return rectAround(spot, size.width, size.height);
    });
    const [p, q] = boxes;
    if (p === undefined || q === undefined) throw new Error('two labels');
    expect(rectsOverlap(p, q)).toBe(false);
    // Neither label's box has the other line running through it.
    expect(polylineCrosses(three ?? [], p)).toBe(false);
    expect(polylineCrosses(two ?? [], q)).toBe(false);
  });
});

describe('lines from a row of cards round one corner to a card above them', () => {
  // As Online Boutique's egress to "Anywhere": the workloads below a wide card all go round its
  // corner to the card above, lanes of one corridor aimed at the card's centre.
  const nodes = [
    card('anywhere', 0, 0),
    { id: 'wall', rect: { x: 120, y: 220, width: 1000, height: 100 }, card: true },
    ...[0, 1, 2, 3, 4].map((i) => card(`w${String(i)}`, 200 + 260 * i, 420)),
  ];
  const edges = [0, 1, 2, 3, 4].map((i) => line(`w${String(i)}`, 'anywhere', 'all ports'));
  const routes = edgeRoutes(nodes, edges);
  const ends = edges.map((e) => routes.get(e.id)?.points.at(-1) ?? { x: NaN, y: NaN });

  it('end each at its own spot on the card, an arrowhead or more apart', () => {
    ends.forEach((end, i) => {
      for (const other of ends.slice(i + 1)) expect(distance(end, other)).toBeGreaterThan(14);
    });
  });

  it('still end on the card’s border, clear of the other cards', () => {
    for (const end of ends) {
      const onBorder = end.y === 112 || end.x === 0 || end.x === 236 || end.y === 0;
      expect(onBorder, JSON.stringify(end)).toBe(true);
    }
    expect(crossings(nodes, edges, routes)).toEqual([]);
  });
});
