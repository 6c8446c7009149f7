import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../createEditorStore';
import { neighbourhoodOf, selectNeighbourhood } from './neighbourhood';
import { selectPathGroups } from './pathSelectors';

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

  it('counts the ends of its lines as the Inspector does: workloads that get through', () => {
    const web = 'workload:ns/web';
    const blocked = (source: string, target: string) => ({
      ...line(source, target),
      status: 'blocked' as const,
    });
    const hood = neighbourhoodOf(
      [
        line('workload:ns/a', web),
        { ...line('workload:ns/b', web), status: 'partial' as const },
        blocked('workload:ns/c', web),
        line('namespace:other', web),
        blocked('workload:ns/d', web),
        line(web, 'external:backup'),
        blocked(web, 'workload:ns/a'),
      ],
      web,
      'namespace:ns',
      // d's rule line is blocked, but one of its paths gets through: d is counted as reached.
      [{ ...line('workload:ns/d', web), id: 'path:d', status: 'allowed' as const }],
    );
    expect(hood.from).toEqual({ workloads: 3, others: 1, blocked: 1 });
    expect(hood.to).toEqual({ workloads: 0, others: 1, blocked: 1 });
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
