import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../store';
import { litNodeIds } from './neighbourhoodLit';
import { LIT_RAISE, litBoxIds, litMarksOf, sameLitMarks } from './neighbourhoodMarks';
import type { Drawn } from './neighbourhoodMarks';
import type { CanvasNode, FlowEdge } from './reactFlowTypes';

const card = (id: string, className?: string): CanvasNode =>
  ({
    id,
    type: 'workload',
    position: { x: 0, y: 0 },
    data: {},
    ...(className === undefined ? {} : { className }),
  }) as unknown as CanvasNode;

const box = (id: string, collapsed: boolean): CanvasNode =>
  ({
    id,
    type: 'namespace',
    position: { x: 0, y: 0 },
    data: collapsed ? { collapsed: { workloads: 3 } } : {},
  }) as unknown as CanvasNode;

const line = (source: string, target: string, zIndex = 1): FlowEdge => ({
  id: `${source}>${target}`,
  source,
  target,
  zIndex,
  type: 'flow',
  data: {
    status: 'allowed',
    from: source,
    to: target,
    ports: 'TCP 80',
    reason: '',
    emphasis: false,
    path: false,
    changed: false,
  },
});

const [web, api, db, log] = ['web', 'api', 'db', 'log'].map((n) => `workload:shop/${n}`) as [
  string,
  string,
  string,
  string,
];

describe('when the canvas focuses on a workload’s neighbourhood', () => {
  // shop/api's neighbourhood: web → api → db. db → log is not its own.
  const drawn: Drawn = {
    nodes: [card(web), card(api, 'nc-lesson-focus'), card(db), card(log)],
    edges: [line(web, api), line(api, db), line(db, log)],
  };
  const hood = neighbourhoodOf(drawn.edges, api);
  const lit = litNodeIds(drawn.nodes, drawn.edges, hood);

  it('marks the lit cards and lines above the veil, lines in their order, and nothing else', () => {
    const marks = litMarksOf(
      { ...drawn, edges: [line(web, api, 2), line(api, db), line(db, log)] },
      hood,
      lit,
    );
    expect([...marks.nodes]).toEqual([
      [web, 'above'],
      [api, 'above'],
      [db, 'above'],
    ]);
    expect([...marks.lines]).toEqual([
      [`${web}>${api}`, 2 + LIT_RAISE],
      [`${api}>${db}`, 1 + LIT_RAISE],
    ]);
  });

  it('marks a line with nothing to say, which is never dimmed', () => {
    const bare = { ...line(db, log), data: undefined } as unknown as FlowEdge;
    const marks = litMarksOf({ ...drawn, edges: [...drawn.edges.slice(0, 2), bare] }, hood, lit);
    expect(marks.lines.has(bare.id)).toBe(true);
  });

  it('keeps a lit opened box under the veil, and raises a lit collapsed box as a card', () => {
    const shop = box('namespace:shop', false);
    const ops = box('namespace:ops', true);
    const boxes = { nodes: [shop, ops, ...drawn.nodes], edges: drawn.edges };
    const both = new Set([...lit, shop.id, ops.id]);
    const marks = litMarksOf(boxes, hood, both);
    expect(marks.nodes.get(shop.id)).toBe('box');
    expect(marks.nodes.get(ops.id)).toBe('above');
    expect(litBoxIds(boxes.nodes, both)).toEqual([shop.id]);
    expect(litBoxIds(boxes.nodes, lit)).toEqual([]);
  });
});

describe('sameLitMarks', () => {
  it('is true for marks that light the same nodes and lines the same way, and only then', () => {
    const a = { nodes: new Map([['n', 'above' as const]]), lines: new Map([['l', 7]]) };
    const same = { nodes: new Map([['n', 'above' as const]]), lines: new Map([['l', 7]]) };
    expect(sameLitMarks(a, same)).toBe(true);
    expect(sameLitMarks(a, { ...same, lines: new Map([['l', 8]]) })).toBe(false);
    expect(sameLitMarks(a, { ...same, nodes: new Map([['n', 'box' as const]]) })).toBe(false);
    expect(
      sameLitMarks(a, {
        ...same,
        lines: new Map([
          ['l', 7],
          ['m', 7],
        ]),
      }),
    ).toBe(false);
  });
});
