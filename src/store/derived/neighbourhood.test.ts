import { describe, expect, it } from 'vitest';
import { BOX_LINE_PROD_YAML } from '../../engine/__fixtures__/clusters/boxLineProd';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { parseFiles } from '../../io';
import { createEditorStore } from '../createEditorStore';
import { neighbourhoodOf, selectNeighbourhood } from './neighbourhood';
import { selectPathGroups } from './pathSelectors';
import { selectReach } from './reachPeers';

const line = (source: string, target: string) => ({ id: `${source}>${target}`, source, target });

describe('the neighbourhood of a workload', () => {
  const lines = [
    line('web', 'api'),
    line('api', 'db'),
    line('lb', 'web'),
    line('db', 'backup'),
    line('api', 'web'),
    line('web', 'web'),
  ];
  const hood = neighbourhoodOf(lines, 'web');

  it('holds the lines into and out of it, and no other', () => {
    expect([...hood.edges].sort()).toEqual(['api>web', 'lb>web', 'web>api', 'web>web']);
  });

  it('holds the workload and the nodes at the other ends of its lines', () => {
    expect([...hood.nodes].sort()).toEqual(['api', 'lb', 'web']);
  });

  it('counts the lines coming in and going out (a line to itself is neither)', () => {
    expect(hood.inbound).toBe(2);
    expect(hood.outbound).toBe(1);
  });

  it('holds the lines of its namespace box, which stand for every pod of it', () => {
    const boxed = [
      line('ns:a', 'ns:b'),
      line('web', 'ns:a'),
      line('ns:b', 'ns:b'),
      line('lb', 'web'),
      line('ns:c', 'ns:a'),
    ];
    const hood = neighbourhoodOf(boxed, 'web', 'ns:b');
    expect([...hood.edges].sort()).toEqual(['lb>web', 'ns:a>ns:b', 'ns:b>ns:b', 'web>ns:a']);
    expect([...hood.nodes].sort()).toEqual(['lb', 'ns:a', 'ns:b', 'web']);
    // Its namespace's pods reach it and it reaches them: in and out.
    expect(hood.inbound).toBe(3);
    expect(hood.outbound).toBe(2);
  });

  it('counts, of the lines in and out, those blocked whole', () => {
    const blocked = (source: string, target: string) => ({
      ...line(source, target),
      status: 'blocked' as const,
    });
    const partial = { ...line('web', 'db'), status: 'partial' as const };
    const hood = neighbourhoodOf(
      [blocked('lb', 'web'), line('api', 'web'), blocked('web', 'api'), partial],
      'web',
    );
    expect([hood.inbound, hood.inboundBlocked]).toEqual([2, 1]);
    expect([hood.outbound, hood.outboundBlocked]).toEqual([2, 1]);
  });

  it('of a workload without lines is the workload alone', () => {
    const alone = neighbourhoodOf(lines, 'cache');
    expect([...alone.nodes]).toEqual(['cache']);
    expect(alone.edges.size).toBe(0);
  });
});

describe('the focus on a workload no rule names, while it is picked', () => {
  // No policy: no rule draws a line, and every workload reaches prod/api on its port. The
  // canvas draws those paths, lit, into the picked workload; the note counts what it draws.
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/open')!.doc;
  const store = createEditorStore({ doc });
  store.getState().select({ kind: 'node', id: 'workload:prod/api' });
  store.getState().focusNeighbourhood('workload:prod/api');
  const hood = selectNeighbourhood(store.getState());
  const paths = selectPathGroups(store.getState());

  it('counts the path lines drawn into and out of it', () => {
    const into = paths.filter((g) => g.target === 'workload:prod/api');
    const out = paths.filter((g) => g.source === 'workload:prod/api');
    expect(into.length).toBeGreaterThan(0);
    expect(hood?.inbound).toBe(into.length);
    expect(hood?.outbound).toBe(out.length);
  });

  it('holds those lines and the workloads at their other ends', () => {
    for (const g of paths) {
      expect(hood?.edges.has(g.id)).toBe(true);
      expect(hood?.nodes.has(g.source) && hood.nodes.has(g.target)).toBe(true);
    }
  });
});

describe('the focus note counts what the Inspector counts', () => {
  // Every pod of prod may open connections to db (its box's line), but db admits api alone: the
  // line from the box gets through partly, and web, though in the box, reaches nothing.
  const parsed = parseFiles([{ name: 'prod.yaml', text: BOX_LINE_PROD_YAML }]);
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  const focused = (id: string) => {
    const store = createEditorStore({ doc: parsed.doc });
    store.getState().select({ kind: 'node', id });
    store.getState().focusNeighbourhood(id);
    return {
      hood: selectNeighbourhood(store.getState()),
      reach: selectReach(store.getState(), id),
    };
  };

  it('a partly blocked line at its namespace box is no connection of its own', () => {
    const { hood, reach } = focused('workload:prod/web');
    expect(reach.outbound.allowed).toEqual([]);
    expect(hood?.to).toEqual({ workloads: 0, others: 0, blocked: 2 });
    expect(hood?.from).toEqual({ workloads: 0, others: 0, blocked: 2 });
  });

  it('a workload that gets through is counted once, as the Inspector lists it', () => {
    const { hood, reach } = focused('workload:prod/api');
    expect(reach.outbound.allowed.map((p) => p.label)).toEqual(['prod/db']);
    expect(hood?.to).toEqual({ workloads: 1, others: 0, blocked: 1 });
  });
});
