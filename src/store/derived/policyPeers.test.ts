import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../createEditorStore';
import { selectPolicyPeers } from './policyPeers';

function storeWith(name: string) {
  return createEditorStore({ doc: THREE_TIER_SCENARIOS.find((s) => s.name === name)!.doc });
}

describe('when a policy is picked', () => {
  it('marks the peers of its ingress and egress rules', () => {
    const store = storeWith('three-tier/backup-server');
    store.getState().select({ kind: 'policy', namespace: 'prod', name: 'db-policy' });
    expect(selectPolicyPeers(store.getState())).toEqual([
      'external:backup server',
      'workload:prod/api',
    ]);
  });

  it('marks the api pods of every namespace for namespaceSelector {} AND podSelector', () => {
    const store = storeWith('three-tier/db-from-any-api');
    store.getState().select({ kind: 'policy', namespace: 'prod', name: 'db-policy' });
    expect(selectPolicyPeers(store.getState())).toEqual([
      'workload:dev/api',
      'workload:prod/api',
      'workload:test/api',
    ]);
  });
});

describe('when no policy is picked', () => {
  it('marks nothing', () => {
    const store = storeWith('three-tier/backup-server');
    expect(selectPolicyPeers(store.getState())).toEqual([]);
    store.getState().select({ kind: 'node', id: 'workload:prod/db' });
    expect(selectPolicyPeers(store.getState())).toEqual([]);
  });
});
