import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../engine';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { drawThreeTier } from '../../engine/__fixtures__/drawnThreeTier';
import type { NetworkPolicy } from '../../model';
import { createEditorStore, selectFlows } from '../../store';
import type { EditorState } from '../../store';
import { draftCommit, policyFind } from './draftCommit';
import { peerSelectorSet } from './peerKind';
import {
  peerUpdate,
  policyNameSet,
  ruleMove,
  ruleRemove,
  rulesOf,
  ruleUpdate,
} from './policyDraft';

const ref = { namespace: 'prod', name: 'db-policy' };

function storeWith(name: string) {
  return createEditorStore({ doc: THREE_TIER_SCENARIOS.find((s) => s.name === name)!.doc });
}

function dbPolicy(state: EditorState): NetworkPolicy {
  return state.doc.policies.find((p) => p.metadata.name === 'db-policy')!;
}

/** The statuses of the lines into prod/db, by source. */
function intoDb(state: EditorState): Record<string, string> {
  const lines = selectFlows(state).filter(
    (f) => f.to.kind === 'workload' && f.to.namespace === 'prod' && f.to.name === 'db',
  );
  return Object.fromEntries(
    lines.map((f) => [
      f.from.kind === 'workload' ? `${f.from.namespace}/${f.from.name}` : f.from.kind,
      f.status,
    ]),
  );
}

describe('when the peer of db-policy gets a namespaceSelector in the same element', () => {
  it('lets the api pods of every namespace in, as one undo step', () => {
    const store = storeWith('three-tier/db-policy');
    expect(intoDb(store.getState())).toEqual({ 'prod/api': 'allowed' });
    const policy = dbPolicy(store.getState());
    const rule = rulesOf(policy, 'ingress')[0]!;
    const peer = peerSelectorSet(rule.peers![0]!, 'namespaceSelector', {});
    const next = ruleUpdate(policy, 'ingress', 0, peerUpdate(rule, 0, peer));

    const outcome = draftCommit(store.getState().doc, ref, next);
    expect(outcome.edit?.type).toBe('setRule');
    store.getState().dispatch(outcome.edit!);

    expect(intoDb(store.getState())).toEqual({
      'prod/api': 'allowed',
      'dev/api': 'allowed',
      'test/api': 'allowed',
    });
    expect(dbPolicy(store.getState()).spec.ingress?.[0]?.from).toEqual([
      { podSelector: { matchLabels: { name: 'api-pod' } }, namespaceSelector: {} },
    ]);
    store.getState().undo();
    expect(intoDb(store.getState())).toEqual({ 'prod/api': 'allowed' });
  });
});

describe('when only the name changes', () => {
  it('is a renamePolicy, and the policy is found under its new name', () => {
    const store = storeWith('three-tier/db-policy');
    const outcome = draftCommit(
      store.getState().doc,
      ref,
      policyNameSet(dbPolicy(store.getState()), 'database'),
    );
    expect(outcome.edit).toEqual({ type: 'renamePolicy', ref, newName: 'database' });
    expect(outcome.ref).toEqual({ namespace: 'prod', name: 'database' });
  });
});

describe('when the draft has an error', () => {
  it('makes no edit and keeps the draft for the form', () => {
    const store = storeWith('three-tier/db-policy');
    const policy = dbPolicy(store.getState());
    const bad = ruleUpdate(policy, 'ingress', 0, {
      peers: [{ ipBlock: { cidr: '10.0.0.300/8' } }],
    });
    const outcome = draftCommit(store.getState().doc, ref, bad);
    expect(outcome.edit).toBeNull();
    expect(outcome.draft).toBe(bad);
  });
});

describe('when the draft is applied', () => {
  it('hands the policy over as the importer normalizes it (a port gets TCP)', () => {
    const store = storeWith('three-tier/db-policy');
    const policy = dbPolicy(store.getState());
    const next = ruleUpdate(policy, 'ingress', 0, { ports: [{ port: 3307 }] });
    const outcome = draftCommit(store.getState().doc, ref, next);
    expect(outcome.draft.spec.ingress).toEqual([{ ports: [{ protocol: 'TCP', port: 3307 }] }]);
  });
});

describe('when the form edits a policy that holds drawn flows', () => {
  const apiRef = { namespace: 'prod', name: 'api-ingress' };
  const dbToApi = {
    from: { kind: 'workload', namespace: 'prod', name: 'db' },
    to: { kind: 'workload', namespace: 'prod', name: 'api' },
    ports: [{ protocol: 'TCP', port: 9000 }],
  } as const;

  /** api-ingress with web → api 5000 (ingress[0]) and db → api 9000 (ingress[1]) drawn. */
  function drawnStore() {
    return createEditorStore({
      doc: applyEdit(drawThreeTier(), { type: 'allowFlow', flow: dbToApi }),
    });
  }

  function apiPolicy(state: EditorState): NetworkPolicy {
    return policyFind(state.doc, apiRef)!;
  }

  /** The drawn flow behind each rule of api-ingress, by its port. */
  function drawnBy(state: EditorState): Record<string, string | null> {
    const lines = selectFlows(state).filter((f) => f.rule.policy.name === 'api-ingress');
    return Object.fromEntries(lines.map((f) => [String(f.ports[0]?.port), f.drawnBy]));
  }

  function commit(store: ReturnType<typeof drawnStore>, next: NetworkPolicy) {
    const outcome = draftCommit(store.getState().doc, apiRef, next);
    store.getState().dispatch(outcome.edit!);
    return outcome.edit!;
  }

  it('keeps both rules drawn when one moves, so each flow still removes its own rule', () => {
    const store = drawnStore();
    const drawn = drawnBy(store.getState());
    const edit = commit(store, ruleMove(apiPolicy(store.getState()), 'ingress', 1, -1));
    expect(edit.type).toBe('moveRule');
    expect(drawnBy(store.getState())).toEqual(drawn);
    store.getState().dispatch({ type: 'removeFlow', id: drawn['5000']! });
    expect(apiPolicy(store.getState()).spec.ingress?.map((r) => r.ports?.[0]?.port)).toEqual([
      9000,
    ]);
  });

  it('makes a drawn rule changed by hand the user’s, and leaves the other one drawn', () => {
    const store = drawnStore();
    const drawn = drawnBy(store.getState());
    const policy = apiPolicy(store.getState());
    const rule = rulesOf(policy, 'ingress')[0]!;
    commit(
      store,
      ruleUpdate(policy, 'ingress', 0, { ...rule, ports: [{ protocol: 'TCP', port: 5001 }] }),
    );
    expect(drawnBy(store.getState())).toEqual({ '5001': null, '9000': drawn['9000'] });
  });

  it('applies a draft held back by an error, once fixed, as one undo step', () => {
    const store = drawnStore();
    const before = apiPolicy(store.getState());
    const bad = ruleUpdate(ruleRemove(before, 'ingress', 1), 'ingress', 0, {
      ports: [{ protocol: 'TCP', port: 70000 }],
    });
    expect(draftCommit(store.getState().doc, apiRef, bad).edit).toBeNull();
    const fixed = ruleUpdate(bad, 'ingress', 0, { ports: [{ protocol: 'TCP', port: 7000 }] });
    expect(commit(store, fixed).type).toBe('batch');
    expect(apiPolicy(store.getState()).spec.ingress).toEqual([
      { ports: [{ protocol: 'TCP', port: 7000 }] },
    ]);
    store.getState().undo();
    expect(apiPolicy(store.getState())).toEqual(before);
  });
});
