import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import type { NetworkPolicy } from '../../model';
import { createEditorStore, selectFlows } from '../../store';
import type { EditorState } from '../../store';
import { draftCommit } from './draftCommit';
import { peerSelectorSet } from './peerKind';
import { peerUpdate, policyNameSet, rulesOf, ruleUpdate } from './policyDraft';

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
    expect(outcome.edit?.type).toBe('replacePolicy');
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
