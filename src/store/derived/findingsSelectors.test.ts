import { describe, expect, it } from 'vitest';
import { createEvaluator, withInferred } from '../../engine';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import type { Doc } from '../../model';
import { createEditorStore } from '../createEditorStore';
import { deriveTables } from './derive';
import { selectFindingCounts, selectFindings, selectShownFindingNodes } from './findingsSelectors';
import { NOTHING_DERIVED } from '../editorState';

function scenario(name: string): Doc {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.doc;
}

/** The db-policy scenario plus a default deny of egress in prod: no DNS any more. */
function denyEgress(doc: Doc): Doc {
  return {
    ...doc,
    policies: [
      ...doc.policies,
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'deny-egress', namespace: 'prod' },
        spec: { podSelector: {}, policyTypes: ['Egress'] },
      },
    ],
  };
}

describe('when prod denies all egress', () => {
  const store = createEditorStore({ doc: denyEgress(scenario('three-tier/db-policy')) });

  it('finds the missing DNS allowance, with a fix', () => {
    const dns = selectFindings(store.getState()).find((f) => f.kind === 'egressWithoutDns');
    expect(dns?.fix).not.toBeNull();
  });

  it('counts it on the namespace and on each workload it names', () => {
    const counts = selectFindingCounts(store.getState());
    expect(counts.get('namespace:prod')).toBeGreaterThanOrEqual(1);
    expect(counts.get('workload:prod/web')).toBeGreaterThanOrEqual(1);
  });

  it('marks the nodes of the finding that is shown, and none when none is', () => {
    expect(selectShownFindingNodes(store.getState()).size).toBe(0);
    const dns = selectFindings(store.getState()).find((f) => f.kind === 'egressWithoutDns');
    store.getState().showFinding(dns?.id ?? null);
    expect(selectShownFindingNodes(store.getState()).has('workload:prod/web')).toBe(true);
  });

  it('loses the finding once its fix is applied, and gets it back on undo', () => {
    const count = () =>
      selectFindings(store.getState()).filter((f) => f.kind === 'egressWithoutDns').length;
    const dns = selectFindings(store.getState()).find((f) => f.kind === 'egressWithoutDns');
    if (dns?.fix == null) throw new Error('no fix');
    store.getState().dispatch(dns.fix);
    expect(count()).toBe(0);
    store.getState().undo();
    expect(count()).toBe(1);
  });
});

describe('when nothing changes', () => {
  it('hands out the same findings (memoised by the document)', () => {
    const store = createEditorStore({ doc: scenario('three-tier/db-policy') });
    expect(selectFindings(store.getState())).toBe(selectFindings(store.getState()));
  });
});

describe('when the derivation worker sent the findings', () => {
  it("takes each node's count from its answer (counted there, not on the page)", () => {
    const doc = denyEgress(scenario('three-tier/db-policy'));
    const store = createEditorStore({ doc });
    const view = withInferred(doc);
    const tables = deriveTables(view, createEvaluator().compile(view));
    const counted = selectFindingCounts(store.getState());
    expect(tables.findingCounts).toEqual(counted);
    store.getState().setDerived({
      lines: null,
      tables: { ...tables, doc },
      paths: null,
      samples: null,
      comparison: null,
      proposal: null,
      preview: null,
      traffic: null,
    });
    expect(selectFindingCounts(store.getState())).toBe(tables.findingCounts);
  });

  it('counts none before its first answer', () => {
    const store = createEditorStore({ doc: denyEgress(scenario('three-tier/db-policy')) });
    store.getState().setDerived(NOTHING_DERIVED);
    expect(selectFindingCounts(store.getState()).size).toBe(0);
  });
});
