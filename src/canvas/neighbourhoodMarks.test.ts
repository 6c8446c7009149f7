import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../store';
import { litNodeIds } from './neighbourhoodLit';
import { LIT_CLASS, neighbourhoodMarker } from './neighbourhoodMarks';
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

const line = (source: string, target: string): FlowEdge => ({
  id: `${source}>${target}`,
  source,
  target,
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

  it('marks the lit nodes and lines, and tells a lit line’s label', () => {
    const marked = neighbourhoodMarker()(drawn, hood, lit);
    expect(marked.nodes.map((n) => n.className)).toEqual([
      LIT_CLASS,
      `nc-lesson-focus ${LIT_CLASS}`,
      LIT_CLASS,
      undefined,
    ]);
    expect(marked.edges.map((e) => e.data?.lit)).toEqual([true, true, undefined]);
    expect(marked.edges[0]?.className).toBe(LIT_CLASS);
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
