import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../store';
import { litNodeIds } from './neighbourhoodLit';
import {
  ABOVE_VEIL_CLASS,
  LIT_CLASS,
  LIT_RAISE,
  litBoxIds,
  neighbourhoodMarker,
} from './neighbourhoodMarks';
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

  it('keeps the objects of every node and line outside it, so nothing there is drawn again', () => {
    const marked = neighbourhoodMarker()(drawn, hood, lit);
    expect(marked.nodes[3]).toBe(drawn.nodes[3]);
    expect(marked.edges[2]).toBe(drawn.edges[2]);
  });

  it('marks the lit nodes and lines, raises them above the veil, and tells a lit line’s label', () => {
    const marked = neighbourhoodMarker()(
      { ...drawn, edges: [line(web, api, 2), line(api, db), line(db, log)] },
      hood,
      lit,
    );
    const raised = `${LIT_CLASS} ${ABOVE_VEIL_CLASS}`;
    expect(marked.nodes.map((n) => n.className)).toEqual([
      raised,
      `nc-lesson-focus ${raised}`,
      raised,
      undefined,
    ]);
    expect(marked.edges.map((e) => e.data?.lit)).toEqual([true, true, undefined]);
    expect(marked.edges.map((e) => e.zIndex)).toEqual([2 + LIT_RAISE, 1 + LIT_RAISE, 1]);
    expect(marked.edges[0]?.className).toBe(LIT_CLASS);
  });

  it('keeps a lit opened box under the veil, and raises a lit collapsed box as a card', () => {
    const shop = box('namespace:shop', false);
    const ops = box('namespace:ops', true);
    const boxes = { nodes: [shop, ops, ...drawn.nodes], edges: drawn.edges };
    const both = new Set([...lit, shop.id, ops.id]);
    const marked = neighbourhoodMarker()(boxes, hood, both);
    expect(marked.nodes[0]?.className).toBe(LIT_CLASS);
    expect(marked.nodes[1]?.className).toBe(`${LIT_CLASS} ${ABOVE_VEIL_CLASS}`);
    expect(litBoxIds(boxes.nodes, both)).toEqual([shop.id]);
    expect(litBoxIds(boxes.nodes, lit)).toEqual([]);
  });

  it('hands React Flow the same lit copies while the focus lasts', () => {
    const mark = neighbourhoodMarker();
    const first = mark(drawn, hood, lit);
    // A batch of lines more: the lines already drawn keep their copies.
    const more = { ...drawn, edges: [...drawn.edges, line(log, web)] };
    const next = mark(more, hood, litNodeIds(more.nodes, more.edges, hood));
    expect(next.nodes).toEqual(first.nodes);
    next.nodes.forEach((n, i) => {
      expect(n).toBe(first.nodes[i]);
    });
    next.edges.slice(0, 3).forEach((e, i) => {
      expect(e).toBe(first.edges[i]);
    });
  });
});
