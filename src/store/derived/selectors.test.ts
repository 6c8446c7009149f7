import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { parseFiles } from '../../io';
import { podKeyOf } from '../../model';
import { createEditorStore } from '../createEditorStore';
import {
  selectCanRedo,
  selectCanUndo,
  selectDocumentYaml,
  selectHighlightedPods,
  selectIndex,
  selectIsEmpty,
  selectIsolation,
  selectPoliciesYaml,
} from './selectors';

function scenario(name: string) {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.doc;
}

describe('when the database is isolated by db-policy', () => {
  const store = createEditorStore({ doc: scenario('three-tier/db-policy') });

  it('marks db isolated for ingress only, and web not isolated at all', () => {
    const isolation = selectIsolation(store.getState());
    expect(isolation.get(podKeyOf('prod', 'db'))).toEqual({ ingress: true, egress: false });
    expect(isolation.get(podKeyOf('prod', 'web'))).toEqual({ ingress: false, egress: false });
  });

  it('exports db-policy as kubectl-ready YAML', () => {
    const yaml = selectPoliciesYaml(store.getState());
    expect(yaml).toContain('kind: NetworkPolicy');
    expect(yaml).toContain('name: db-policy');
    expect(yaml).not.toContain('kind: Namespace');
  });

  it('writes the whole design so that it imports back to the same document', () => {
    const state = store.getState();
    const parsed = parseFiles([{ name: 'design', text: selectDocumentYaml(state) }]);
    expect(parsed.ok && parsed.doc.policies).toEqual(state.doc.policies);
  });

  it('highlights the pods the selected policy selects', () => {
    store.getState().select({ kind: 'policy', namespace: 'prod', name: 'db-policy' });
    expect(selectHighlightedPods(store.getState())).toEqual([podKeyOf('prod', 'db')]);
    store.getState().select(null);
    expect(selectHighlightedPods(store.getState())).toEqual([]);
  });
});

describe('when the document changes', () => {
  it('compiles again, and reuses the compiled index while it does not', () => {
    const store = createEditorStore({ doc: scenario('three-tier/open') });
    const before = selectIndex(store.getState());
    store.getState().select({ kind: 'node', id: 'namespace:prod' });
    expect(selectIndex(store.getState())).toBe(before);
    store.getState().replaceDoc(scenario('three-tier/db-policy'));
    expect(selectIndex(store.getState())).not.toBe(before);
    expect(selectIsolation(store.getState()).get(podKeyOf('prod', 'db'))?.ingress).toBe(true);
  });

  it('undoes and redoes a replaced document', () => {
    const open = scenario('three-tier/open');
    const store = createEditorStore({ doc: open });
    expect(selectCanUndo(store.getState())).toBe(false);
    store.getState().replaceDoc(scenario('three-tier/db-policy'));
    store.getState().undo();
    expect(store.getState().doc).toBe(open);
    expect(selectCanRedo(store.getState())).toBe(true);
    store.getState().redo();
    expect(selectIsolation(store.getState()).get(podKeyOf('prod', 'db'))?.ingress).toBe(true);
  });
});

describe('when the store is new', () => {
  it('holds an empty design', () => {
    expect(selectIsEmpty(createEditorStore().getState())).toBe(true);
  });
});
