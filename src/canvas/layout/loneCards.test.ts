import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { nsObject, podObject } from '../../engine/__fixtures__/clusters/objects';
import type { Doc } from '../../model';
import type { FlowGroup } from '../../store';
import { NAMESPACE_INSET } from '../layoutGeometry';
import { elkGraphOf } from './elkGraph';
import { ROW_GAP, placeLoneCards, rowsBeside, setLoneCardsAside } from './loneCards';

const id = (name: string) => `workload:team/${name}`;
const line = (source: string, target: string) =>
  ({
    id: `${id(source)}>${id(target)}`,
    source: id(source),
    target: id(target),
    flows: [],
    status: 'allowed',
  }) as unknown as FlowGroup;

/** A namespace of `names`, its lines `groups`, laid out as the canvas lays it out. */
async function laidOutBox(names: readonly string[], groups: readonly FlowGroup[]) {
  const workloads = names.map((n) => podObject('team', n, { name: n }, [], []));
  const doc: Doc = { namespaces: [nsObject('team')], workloads, externals: [], policies: [] };
  const { graph, aside } = setLoneCardsAside(elkGraphOf({ doc, groups, virtualEnds: [] }));
  const laidOut = placeLoneCards(await new ELK().layout(graph), aside);
  const box = laidOut.children?.find((n) => n.id === 'namespace:team');
  if (box === undefined) throw new Error('no box');
  return { box, cards: new Map((box.children ?? []).map((c) => [c.id, c])) };
}

/** `cards` grouped in rows by their top, each row left to right. */
function rowsOf(cards: readonly ElkNode[]): ElkNode[][] {
  const rows = new Map<number, ElkNode[]>();
  for (const c of cards) rows.set(c.y ?? 0, [...(rows.get(c.y ?? 0) ?? []), c]);
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row.sort((a, b) => (a.x ?? 0) - (b.x ?? 0)));
}

const right = (c: ElkNode) => (c.x ?? 0) + (c.width ?? 0);
const bottom = (c: ElkNode) => (c.y ?? 0) + (c.height ?? 0);

const webs = Array.from({ length: 8 }, (_, i) => `web-${String(i)}`);
const apis = Array.from({ length: 4 }, (_, i) => `api-${String(i)}`);
/** Eight web workloads that all reach each other and call four servers (a generated design's). */
const peersAndServers = [
  ...webs.flatMap((a) => webs.filter((b) => b !== a).map((b) => line(a, b))),
  ...webs.flatMap((w) => apis.map((a) => line(w, a))),
];

describe('an opened namespace whose cards mostly have no line inside it', () => {
  const linked = [...webs, ...apis];
  const lone = Array.from({ length: 16 }, (_, i) => `worker-${String(i)}`);
  const groups = peersAndServers;

  it('puts the cards without a line in rows, a gap apart, beside or below the others', async () => {
    const { box, cards } = await laidOutBox([...linked, ...lone], groups);
    const placed = lone.map((n) => cards.get(id(n))).filter((c) => c !== undefined);
    expect(placed).toHaveLength(lone.length);
    const rows = rowsOf(placed);
    for (const row of rows) {
      for (let i = 1; i < row.length; i++) {
        const [a, b] = [row[i - 1], row[i]];
        if (a !== undefined && b !== undefined) expect((b.x ?? 0) - right(a)).toBe(ROW_GAP);
      }
    }
    for (let i = 1; i < rows.length; i++) {
      const above = Math.max(...(rows[i - 1] ?? []).map(bottom));
      expect((rows[i]?.[0]?.y ?? 0) - above).toBe(ROW_GAP);
    }
    const all = [...cards.values()];
    expect(box.height).toBe(Math.max(...all.map(bottom)) + NAMESPACE_INSET.bottom);
    expect(box.width).toBe(Math.max(...all.map(right)) + NAMESPACE_INSET.side);
  });

  it('still lays the cards joined by lines out left to right', async () => {
    const { cards } = await laidOutBox([...linked, ...lone], groups);
    const x = (n: string) => cards.get(id(n))?.x ?? 0;
    for (const w of webs) for (const a of apis) expect(x(w)).toBeLessThan(x(a));
  });

  // Scattered, the lone cards made such a box about twice as large (they covered about 24 % of
  // it); its columns, a stacked label apart (`LAYER_GAP`), leave a little more room than that.
  it('is no larger than its cards need: they cover more than 40 % of it', async () => {
    const { box, cards } = await laidOutBox([...linked, ...lone], groups);
    let area = 0;
    for (const c of cards.values()) area += (c.width ?? 0) * (c.height ?? 0);
    expect(area / ((box.width ?? Infinity) * (box.height ?? Infinity))).toBeGreaterThan(0.4);
  });

  it('is about as wide as the layout aims for, not a strip', async () => {
    const { box } = await laidOutBox([...linked, ...lone], groups);
    const aspect = (box.width ?? 0) / (box.height ?? 1);
    expect(aspect).toBeGreaterThan(1);
    expect(aspect).toBeLessThan(2.5);
  });
});

describe('web workloads that all reach each other and call four servers', () => {
  const groups = peersAndServers;

  it('share columns left of the servers, not one column each', async () => {
    const { box, cards } = await laidOutBox([...webs, ...apis], groups);
    const columns = new Set([...cards.values()].map((c) => c.x));
    expect(columns.size).toBeLessThanOrEqual(4);
    const x = (n: string) => cards.get(id(n))?.x ?? 0;
    for (const w of webs) for (const a of apis) expect(x(w)).toBeLessThan(x(a));
    expect(box.width ?? Infinity).toBeLessThan(1400);
  });
});

describe('rows of cards beside the linked ones', () => {
  const card = { width: 236, height: 112 };

  it('fill a box about as wide as the layout aims for when no card has a line', () => {
    const rows = rowsBeside(
      null,
      Array.from({ length: 28 }, () => card),
    );
    expect(rows.width / rows.height).toBeGreaterThan(1);
    expect(rows.width / rows.height).toBeLessThan(2.2);
  });

  it('never overlap the linked cards', () => {
    const block = { width: 900, height: 500 };
    const rows = rowsBeside(
      block,
      Array.from({ length: 12 }, () => card),
    );
    for (const p of rows.places) {
      expect(p.x >= block.width || p.y >= block.height).toBe(true);
    }
  });
});
