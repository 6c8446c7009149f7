import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../createEditorStore';
import { docOf, namespaceOf, podOf, policyOf } from '../../engine/__fixtures__/docBuilder';
import { selectFocusPaths, selectPathGroups } from './pathSelectors';

describe('when the design is edited while a workload is picked', () => {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-from-any-api')!.doc;
  const store = createEditorStore({ doc });
  store.getState().select({ kind: 'node', id: 'workload:dev/api' });
  const before = selectPathGroups(store.getState());
  store.getState().dispatch({ type: 'setTitle', title: 'Shop, production' });
  const after = selectPathGroups(store.getState());

  it('keeps each of its path lines the edit left as it was, so the canvas keeps their edges', () => {
    expect(store.getState().doc).not.toBe(doc);
    expect(before.length).toBeGreaterThan(0);
    expect(after).toHaveLength(before.length);
    after.forEach((g, i) => {
      expect(g).toBe(before[i]);
    });
  });
});

describe('when two stores pick and edit in turn (tests, a second canvas)', () => {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-from-any-api')!.doc;
  const one = createEditorStore({ doc });
  const other = createEditorStore({ doc });
  one.getState().select({ kind: 'node', id: 'workload:dev/api' });
  const before = selectPathGroups(one.getState());
  other.getState().select({ kind: 'node', id: 'workload:prod/web' });
  const others = selectPathGroups(other.getState());
  one.getState().dispatch({ type: 'setTitle', title: 'Shop, production' });
  const after = selectPathGroups(one.getState());

  it('each keeps its own path lines: the other store’s picks leave them as they were', () => {
    expect(others.length).toBeGreaterThan(0);
    expect(after).toHaveLength(before.length);
    after.forEach((g, i) => {
      expect(g).toBe(before[i]);
    });
  });
});

describe('when the anywhere card is picked, or a workload with open egress', () => {
  // web's egress is open; db takes connections from anywhere (its rule without peers draws the card).
  const doc = docOf({
    namespaces: [namespaceOf('shop')],
    workloads: [
      podOf('shop/web', { app: 'web' }, { ports: [{ containerPort: 8080, protocol: 'TCP' }] }),
      podOf('shop/db', { app: 'db' }, { ports: [{ containerPort: 5432, protocol: 'TCP' }] }),
    ],
    policies: [
      policyOf('shop/db-in', {
        podSelector: { matchLabels: { app: 'db' } },
        policyTypes: ['Ingress'],
        ingress: [{}],
      }),
    ],
  });

  it('draws the workload’s line to anywhere, allowed, though no rule names it', () => {
    const store = createEditorStore({ doc });
    store.getState().select({ kind: 'node', id: 'workload:shop/web' });
    const line = selectPathGroups(store.getState()).find((g) => g.target === 'any:*');
    expect(line?.status).toBe('allowed');
    expect(line?.paths[0]?.reason).toBe('allowed: neither shop/web nor anywhere is isolated');
  });

  it('lists who reaches anywhere: every workload, as the engine says', () => {
    const store = createEditorStore({ doc });
    store.getState().select({ kind: 'node', id: 'any:*' });
    const { inbound } = selectFocusPaths(store.getState());
    expect(inbound.map((p) => `${p.id} ${p.allowed ? 'allowed' : 'blocked'}`)).toEqual([
      'shop/web>* TCP/0 allowed',
      'shop/db>* TCP/0 allowed',
    ]);
  });
});
