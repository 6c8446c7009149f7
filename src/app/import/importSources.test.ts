import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { serializeDocument } from '../../io';
import { collapsedOnOpen, createEditorStore } from '../../store';
import { FIXTURES, fixtureDoc } from '../fixtures';
import { cancelImport, importSources, titleOfSources } from './importSources';

describe('when a valid file is imported', () => {
  it('replaces the design in one undo step and says what came in', async () => {
    const store = createEditorStore();
    const yaml = FIXTURES['three-tier']?.yaml ?? '';
    expect(await importSources(store, [{ name: 'three-tier.yaml', text: yaml }])).toBe(true);
    expect(store.getState().doc).toEqual({ ...fixtureDoc('three-tier'), title: 'three-tier' });
    expect(store.getState().notice?.text).toBe(
      'Imported three-tier.yaml: 3 namespaces, 5 workloads, 3 policies.',
    );
    store.getState().undo();
    expect(store.getState().doc.workloads).toEqual([]);
  });
});

describe('when a live dump is imported', () => {
  it('says how many pods its workloads stand for', async () => {
    // The 5,000-pod dump read "2000 workloads": whether every pod came in was not said.
    const store = createEditorStore();
    const text = readFileSync(
      new URL('../../io/__fixtures__/live-dump.yaml', import.meta.url),
      'utf8',
    );
    expect(await importSources(store, [{ name: 'dump.yaml', text }])).toBe(true);
    const { workloads } = store.getState().doc;
    expect(workloads.length).toBeLessThan(14);
    expect(store.getState().notice?.text).toContain(
      `: 2 namespaces, ${String(workloads.length)} workloads (14 pods), 2 policies`,
    );
  });
});

describe('when many files are imported at once (a folder of policies)', () => {
  const policy = (name: string, cidr = '10.0.0.0/8') =>
    [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      `metadata: {name: ${name}, namespace: shop}`,
      'spec:',
      '  podSelector: {matchLabels: {app: web}}',
      `  ingress: [{from: [{ipBlock: {cidr: '${cidr}'}}]}]`,
    ].join('\n');
  const names = ['allow-from-the-office', 'allow-from-the-load-balancer', 'deny-all', 'allow-dns'];

  it('says what came in before the line runs out, counting the files instead of naming them, and the workloads the canvas infers', async () => {
    const store = createEditorStore();
    const sources = names.map((n) => ({ name: `networkpolicy-${n}.yaml`, text: policy(n) }));
    expect(await importSources(store, sources)).toBe(true);
    expect(store.getState().notice?.text).toBe(
      'Imported 4 files: 1 namespace, 0 workloads (1 inferred from the policies), 4 policies.',
    );
  });

  it('names the first warning, with its file and line, not only how many there are', async () => {
    const store = createEditorStore();
    const sources = [
      { name: 'a.yaml', text: policy('a') },
      { name: 'b.yaml', text: policy('b', '10.0.0.1/8') },
    ];
    expect(await importSources(store, sources)).toBe(true);
    expect(store.getState().notice?.text).toMatch(
      /^Imported a\.yaml, b\.yaml: 1 namespace, 0 workloads \(1 inferred from the policies\), 2 policies, 1 warning\. The first: b\.yaml line 6: .*10\.0\.0\.1\/8/,
    );
  });
});

describe('when a large file is imported', () => {
  it('has its namespaces collapsed when the document comes (the worker summarises for them)', async () => {
    const doc = generateCluster({ pods: 120, policies: 40, namespaces: 5, seed: 3 });
    expect(collapsedOnOpen(doc).length).toBeGreaterThan(0);
    const store = createEditorStore();
    const seen: (readonly string[])[] = [];
    store.subscribe((state, previous) => {
      if (state.doc !== previous.doc) seen.push(state.collapsed);
    });
    expect(await importSources(store, [{ name: 'big.yaml', text: serializeDocument(doc) }])).toBe(
      true,
    );
    expect(seen).toEqual([collapsedOnOpen(store.getState().doc)]);
    expect(seen[0]?.length).toBeGreaterThan(0);
  });
});

describe('a design read and ready to open', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is taken in a task of its own, so a Cancel until then keeps the current design', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = createEditorStore({ doc: fixtureDoc('three-tier')! });
    const before = store.getState().doc;
    const yaml = FIXTURES['three-tier']?.yaml ?? '';
    const opening = importSources(store, [{ name: 'other.yaml', text: yaml }]);
    // Read and prepared (no worker in Node: in place), but not taken yet.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(store.getState().doc).toBe(before);
    cancelImport();
    await vi.runAllTimersAsync();
    expect(await opening).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().notice?.text).toContain('cancelled; your design is unchanged');
  });
});

describe('when the file has an error', () => {
  it('keeps the current design and names the line of the first problem', async () => {
    const store = createEditorStore({ doc: fixtureDoc('three-tier')! });
    const before = store.getState().doc;
    const bad =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x}\nspec:\n  podSelector: {}\n  policyTypes: [Ingres]\n';
    expect(await importSources(store, [{ name: 'bad.yaml', text: bad }])).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().notice).toMatchObject({ tone: 'error' });
    expect(store.getState().notice?.text).toContain('bad.yaml line 6');
  });
});

describe('the name of an opened design', () => {
  it('is the name of the one file it came from, without its extension', () => {
    expect(titleOfSources([{ name: 'shop-production.yaml', text: '' }])).toBe('shop-production');
    expect(titleOfSources([{ name: 'cluster.JSON', text: '' }])).toBe('cluster');
  });

  it('is the name a saved design carries, whatever the file is called', () => {
    const text = '# netpol-canvas design: Shop, production\nkind: List\nitems: []\n';
    expect(titleOfSources([{ name: 'netpol-design (3).yaml', text }])).toBe('Shop, production');
    expect(titleOfSources([{ name: 'pasted YAML', text }])).toBe('Shop, production');
  });

  it('is none for several files or pasted text', () => {
    const file = { name: 'a.yaml', text: '' };
    expect(titleOfSources([file, { ...file, name: 'b.yaml' }])).toBeUndefined();
    expect(titleOfSources([{ name: 'pasted YAML', text: '' }])).toBeUndefined();
  });
});
