import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { nsObject, podObject } from '../../engine/__fixtures__/clusters/objects';
import type { Doc } from '../../model';
import type { FlowGroup } from '../../store';
import { elkGraphOf, layerBound } from './elkGraph';

const CLIENTS = 18;
const names = ['cache', 'db', ...Array.from({ length: CLIENTS }, (_, i) => `client-${String(i)}`)];
const doc: Doc = {
  namespaces: [nsObject('shop', {})],
  workloads: names.map((n) => podObject('shop', n, { app: n }, [], [])),
  externals: [],
  policies: [],
};
const id = (name: string) => `workload:shop/${name}`;
/** Every client calls the cache, and every other one the database: one server, many clients. */
const groups = names.slice(2).flatMap((client, i) =>
  [id('cache'), ...(i % 2 === 0 ? [id('db')] : [])].map(
    (server) =>
      ({
        id: `${id(client)}>${server}`,
        source: id(client),
        target: server,
        flows: [],
        status: 'allowed',
      }) as unknown as FlowGroup,
  ),
);

describe('the automatic layout of a namespace where many clients call one server', () => {
  it('lets a column hold more workloads as the box holds more, far fewer than all', () => {
    const bounds = [3, 20, 80, 200].map(layerBound);
    expect(bounds).toEqual([...bounds].sort((a, b) => a - b));
    expect(layerBound(20)).toBeLessThan(10);
    expect(layerBound(200)).toBeLessThan(30);
  });

  it('lays the box out wider than tall, every line still going left to right', async () => {
    const graph = elkGraphOf({ doc, groups, virtualEnds: [] });
    const laidOut = await new ELK().layout(graph);
    const box = laidOut.children?.find((n) => n.id === 'namespace:shop');
    const cards = box?.children ?? [];
    expect(cards).toHaveLength(names.length);
    expect(box?.width ?? 0).toBeGreaterThan(box?.height ?? Infinity);
    const columns = new Map<number, number>();
    for (const c of cards) columns.set(c.x ?? 0, (columns.get(c.x ?? 0) ?? 0) + 1);
    expect(Math.max(...columns.values())).toBeLessThanOrEqual(layerBound(names.length));
    const x = new Map(cards.map((c) => [c.id, c.x ?? 0]));
    for (const g of groups) expect(x.get(g.source) ?? 0).toBeLessThan(x.get(g.target) ?? 0);
  });
});
