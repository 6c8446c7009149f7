import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../createEditorStore';
import { selectPathGroups } from './pathSelectors';

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
