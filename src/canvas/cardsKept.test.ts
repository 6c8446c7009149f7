import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../engine/__fixtures__/clusters/threeTier';
import { podKeyOf } from '../model';
import type { PodKey } from '../model';
import type { Isolation } from '../store';
import { createCardsKept } from './cardsKept';
import type { NodesInput } from './toFlowNodes';
import { toFlowNodes } from './toFlowNodes';

const doc = threeTierCluster([]);
const DB = podKeyOf('prod', 'db');

function input(over: Partial<NodesInput>): NodesInput {
  return {
    doc,
    positions: {},
    isolation: new Map(),
    highlighted: new Set(),
    selectedId: null,
    ...over,
  };
}

function card(nodes: ReturnType<typeof toFlowNodes>, id: string) {
  const node = nodes.find((n) => n.id === id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node;
}

describe('when the canvas builds its cards again after an edit', () => {
  const isolated = (ingress: boolean) =>
    new Map<PodKey, Isolation>([[DB, { ingress, egress: false }]]);

  it('keeps each card whose workload and marks are as they were, as the same object', () => {
    const cards = createCardsKept();
    const before = toFlowNodes(input({ cards, isolation: isolated(true) }));
    // A policy deleted elsewhere: a new document and new isolation, the same workloads and marks.
    const edited = { ...doc, policies: [...doc.policies] };
    const after = toFlowNodes(input({ doc: edited, cards, isolation: isolated(true) }));
    for (const id of ['workload:prod/web', 'workload:prod/api', 'workload:prod/db']) {
      expect(card(after, id)).toBe(card(before, id));
    }
  });

  it('builds again a card whose isolation, highlight, place or peer mark changed', () => {
    const cards = createCardsKept();
    const before = toFlowNodes(input({ cards, isolation: isolated(true) }));
    const unisolated = toFlowNodes(input({ cards, isolation: isolated(false) }));
    expect(card(unisolated, 'workload:prod/db')).not.toBe(card(before, 'workload:prod/db'));
    expect(card(unisolated, 'workload:prod/db').data).toMatchObject({ ingressIsolated: false });
    expect(card(unisolated, 'workload:prod/web')).toBe(card(before, 'workload:prod/web'));
    const marked = toFlowNodes(
      input({
        cards,
        isolation: isolated(false),
        highlighted: new Set([DB]),
        peers: new Set(['workload:prod/web']),
        positions: { 'workload:prod/api': { x: 400, y: 300 } },
      }),
    );
    expect(card(marked, 'workload:prod/db').data).toMatchObject({ highlighted: true });
    expect(card(marked, 'workload:prod/web').data).toMatchObject({ peer: true });
    expect(card(marked, 'workload:prod/api').position).toEqual({ x: 400, y: 300 });
  });

  it('builds every card as it would without the memory', () => {
    const cards = createCardsKept();
    toFlowNodes(input({ cards, isolation: isolated(true) }));
    const kept = toFlowNodes(
      input({ cards, isolation: isolated(false), highlighted: new Set([DB]) }),
    );
    const fresh = toFlowNodes(input({ isolation: isolated(false), highlighted: new Set([DB]) }));
    expect(kept).toEqual(fresh);
  });
});
