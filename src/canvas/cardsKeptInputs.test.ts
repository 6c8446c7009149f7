/**
 * Every input of a workload card reaches it when the canvas keeps cards (`cardsKept.ts`): for each
 * field of the build's input and of the document, a change to that field alone gives, with the
 * memory, the cards a build without it gives. The tables are typed by those fields, so a new
 * input (a field of `NodesInput` or `Doc`) does not compile until it is changed here too, and a
 * new field of the card (`WorkloadNodeData`, or one the builder sets on the node) fails until
 * some change here moves it: a card that kept an input out of its marks would then show stale.
 */
import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../engine/__fixtures__/clusters/threeTier';
import { containerPort, nsObject, podObject } from '../engine/__fixtures__/clusters/objects';
import type { Doc, PodKey, Workload } from '../model';
import { podKeyOf } from '../model';
import type { Isolation } from '../store';
import { createCardsKept } from './cardsKept';
import type { CanvasNode, WorkloadFlowNode, WorkloadNodeData } from './reactFlowTypes';
import type { NodesInput } from './toFlowNodes';
import { toFlowNodes } from './toFlowNodes';

const dbPolicy = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy');
if (dbPolicy === undefined) throw new Error('no three-tier/db-policy scenario');
const DB = podKeyOf('prod', 'db');
const WEB = podKeyOf('prod', 'web');
const WEB_SERVICE = {
  namespace: 'prod',
  name: 'web',
  selector: { role: 'web' },
  ports: [{ port: 80, targetPort: 'http', protocol: 'TCP' as const }],
};
const doc: Doc = { ...dbPolicy.doc, services: [WEB_SERVICE] };

const base: NodesInput = {
  doc,
  positions: { 'workload:prod/db': { x: 300, y: 40 } },
  isolation: new Map<PodKey, Isolation>([[DB, { ingress: true, egress: false }]]),
  highlighted: new Set([DB]),
  selectedId: null,
  virtualEnds: [],
  peers: new Set(['workload:prod/api']),
  collapsed: new Set(['test']),
};

type DocChange = (d: Doc) => Doc;
/** `doc` with the workload `name` of prod replaced by `change` of it (a new object, as an edit gives). */
function prodWorkload(name: string, change: (w: Workload) => Workload): DocChange {
  return (d) => ({
    ...d,
    workloads: d.workloads.map((w) => (w.namespace === 'prod' && w.name === name ? change(w) : w)),
  });
}

/** A change to each field of the document that leaves the workload objects as they were, or not. */
const docChanges: { readonly [K in keyof Required<Doc>]: Readonly<Record<string, DocChange>> } = {
  namespaces: {
    'prod no longer listed': (d) => ({
      ...d,
      namespaces: d.namespaces.filter((n) => n.name !== 'prod'),
    }),
    'dev relabelled, listed first': (d) => ({
      ...d,
      namespaces: [
        nsObject('dev', { name: 'dev', tier: 'x' }),
        ...d.namespaces.filter((n) => n.name !== 'dev'),
      ],
    }),
  },
  workloads: {
    'web relabelled': prodWorkload('web', (w) => ({ ...w, labels: { ...w.labels, team: 'a' } })),
    'db a Deployment of 3': prodWorkload('db', (w) => ({ ...w, kind: 'Deployment', replicas: 3 })),
    // Its kind then takes a line of its own: the card grows.
    'web a StatefulSet of 123,456': prodWorkload('web', (w) => ({
      ...w,
      kind: 'StatefulSet',
      replicas: 123456,
    })),
    'db on another port': prodWorkload('db', (w) => ({
      ...w,
      ports: [containerPort(5432, 'TCP')],
    })),
    'api inferred': prodWorkload('api', (w) => ({
      ...w,
      inferred: { selector: { matchLabels: { role: 'api' } }, policies: ['prod/db-policy'] },
    })),
    'api with a name of two lines': prodWorkload('api', (w) => ({
      ...w,
      name: 'api-recommendation-service-of-the-shop',
    })),
    'web listed last': (d) => ({
      ...d,
      workloads: [...d.workloads.slice(1), ...d.workloads.slice(0, 1)],
    }),
    'a cache added to prod': (d) => ({
      ...d,
      workloads: [podObject('prod', 'cache', { role: 'cache' }, [], []), ...d.workloads],
    }),
    'api removed': (d) => ({ ...d, workloads: d.workloads.filter((w) => w.name !== 'api') }),
  },
  externals: {
    none: (d) => ({ ...d, externals: [] }),
    another: (d) => ({ ...d, externals: [...d.externals, { name: 'dns', cidr: '8.8.8.8/32' }] }),
  },
  policies: {
    none: (d) => ({ ...d, policies: [] }),
  },
  services: {
    none: (d) => ({ ...d, services: [] }),
    'web called on 8080': (d) => ({
      ...d,
      services: [{ ...WEB_SERVICE, ports: [{ ...WEB_SERVICE.ports[0]!, port: 8080 }] }],
    }),
    'one for db too': (d) => ({
      ...d,
      services: [...(d.services ?? []), { ...WEB_SERVICE, name: 'db', selector: { role: 'db' } }],
    }),
  },
  title: {
    named: (d) => ({ ...d, title: 'Shop, production' }),
  },
};

type InputChange = (i: NodesInput) => NodesInput;
const iso = (entries: [PodKey, Isolation][]) => new Map<PodKey, Isolation>(entries);

/** A change to each field of the build's input. */
const inputChanges: {
  readonly [K in keyof Required<NodesInput>]: Readonly<Record<string, InputChange>>;
} = {
  doc: Object.fromEntries(
    Object.entries(docChanges).flatMap(([field, changes]) =>
      Object.entries(changes).map(([what, change]): [string, InputChange] => [
        `${field}: ${what}`,
        (i) => ({ ...i, doc: change(i.doc) }),
      ]),
    ),
  ),
  positions: {
    'db moved': (i) => ({ ...i, positions: { 'workload:prod/db': { x: 500, y: 40 } } }),
    'db at its slot': (i) => ({ ...i, positions: {} }),
    'prod box moved': (i) => ({
      ...i,
      positions: { ...i.positions, 'namespace:prod': { x: 900, y: 600 } },
    }),
  },
  isolation: {
    'db isolated both ways': (i) => ({
      ...i,
      isolation: iso([[DB, { ingress: true, egress: true }]]),
    }),
    'web isolated, db open': (i) => ({
      ...i,
      isolation: iso([[WEB, { ingress: true, egress: false }]]),
    }),
  },
  highlighted: {
    'web, not db': (i) => ({ ...i, highlighted: new Set([WEB]) }),
  },
  selectedId: {
    'web picked': (i) => ({ ...i, selectedId: 'workload:prod/web' }),
  },
  virtualEnds: {
    'an IP block': (i) => ({ ...i, virtualEnds: [{ kind: 'ipBlock', cidr: '10.0.0.0/8' }] }),
  },
  peers: {
    'web, not api': (i) => ({ ...i, peers: new Set(['workload:prod/web']) }),
  },
  collapsed: {
    'prod collapsed': (i) => ({ ...i, collapsed: new Set(['prod', 'test']) }),
    'none collapsed': (i) => ({ ...i, collapsed: new Set() }),
  },
  // The memory itself: what it keeps is what this file checks.
  cards: {},
};

const changes = Object.entries(inputChanges).flatMap(([field, byWhat]) =>
  Object.entries(byWhat).map(([what, change]) => ({
    name: field === 'doc' ? what : `${field}: ${what}`,
    input: change(base),
  })),
);

function cardsOf(nodes: readonly CanvasNode[]): Map<string, WorkloadFlowNode> {
  return new Map(
    nodes.filter((n): n is WorkloadFlowNode => n.type === 'workload').map((n) => [n.id, n]),
  );
}

function workloadsOf(d: Doc): Map<string, Workload> {
  return new Map(d.workloads.map((w) => [`workload:${w.namespace}/${w.name}`, w]));
}

/** Builds `from`, then `to` with the memory of `from`: the cards of both builds. */
function rebuilt(from: NodesInput, to: NodesInput) {
  const cards = createCardsKept();
  const before = toFlowNodes({ ...from, cards });
  return { before: cardsOf(before), all: toFlowNodes({ ...to, cards }) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every field of a card's data, from its type: one missing or one too many does not compile. */
const DATA_FIELDS = Object.keys({
  namespace: true,
  name: true,
  kind: true,
  replicas: true,
  labels: true,
  ports: true,
  services: true,
  ingressIsolated: true,
  egressIsolated: true,
  highlighted: true,
  peer: true,
  inferred: true,
} satisfies Record<keyof WorkloadNodeData, true>) as (keyof WorkloadNodeData)[];
/** A card's name and namespace are its id: a card of another name is another card. */
const IDENTITY: readonly string[] = ['id', 'namespace', 'name'];

describe('when one input of the workload cards changes and the canvas builds them again', () => {
  it.each(changes)('shows $name on every card, as a build without the memory does', ({ input }) => {
    expect(rebuilt(base, input).all).toEqual(toFlowNodes(input));
    expect(rebuilt(input, base).all).toEqual(toFlowNodes(base));
  });

  it.each(changes)('after $name, still keeps each card that shows the same', ({ input }) => {
    const { before, all } = rebuilt(base, input);
    const fresh = cardsOf(toFlowNodes(input));
    const was = workloadsOf(base.doc);
    const is = workloadsOf(input.doc);
    for (const [id, card] of cardsOf(all)) {
      const old = before.get(id);
      if (old === undefined || was.get(id) !== is.get(id) || !same(fresh.get(id), old)) continue;
      expect(card).toBe(old);
    }
  });

  it('changes every field a card shows by one of those changes, so each is checked', () => {
    const built = changes.map(({ input }) => cardsOf(toFlowNodes(input)));
    const first = cardsOf(toFlowNodes(base));
    const nodeFields = new Set(
      [...first.values(), ...built.flatMap((c) => [...c.values()])].flatMap((c) => Object.keys(c)),
    );
    const everyCard = [...first.values(), ...built.flatMap((c) => [...c.values()])];
    // What the builder sets alike on every card (its type, its layer) depends on no input.
    const constant = (field: string) =>
      everyCard.every((c) =>
        same(c[field as keyof WorkloadFlowNode], everyCard[0]?.[field as keyof WorkloadFlowNode]),
      );
    const moved = (read: (c: WorkloadFlowNode) => unknown) =>
      built.some((cards) =>
        [...cards].some(([id, card]) => {
          const old = first.get(id);
          return old !== undefined && !same(read(card), read(old));
        }),
      );
    const unmoved = [
      ...[...nodeFields]
        .filter((f) => f !== 'data' && !IDENTITY.includes(f) && !constant(f))
        .filter((f) => !moved((c) => c[f as keyof WorkloadFlowNode])),
      ...DATA_FIELDS.filter((f) => !IDENTITY.includes(f) && !moved((c) => c.data[f])),
    ];
    expect(unmoved).toEqual([]);
  });
});
