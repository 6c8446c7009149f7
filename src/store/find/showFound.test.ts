import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../createEditorStore';
import { nodeIdOf } from '../ids';
import type { Doc } from '../../model';
import { selectFoundInBox } from './foundLabel';
import { showFound, showPickedPolicy } from './showFound';
import { FIND_TEST_DOC } from './findTestDoc';

function store() {
  const s = createEditorStore({ doc: FIND_TEST_DOC });
  s.getState().openPanel('findings');
  return s;
}

describe('when a match of Find is picked', () => {
  it('selects a workload, opens the Inspector and moves the camera to it', () => {
    const s = store();
    showFound(s.getState, {
      kind: 'node',
      id: nodeIdOf({ kind: 'workload', namespace: 'prod', name: 'db' }),
    });
    expect(s.getState()).toMatchObject({
      selection: { kind: 'node', id: 'workload:prod/db' },
      panel: 'inspector',
      focusRequest: { ids: ['workload:prod/db'], unlessInView: true },
    });
  });

  it('opens a policy in the Policies tab and frames the pods it selects', () => {
    const s = store();
    showFound(s.getState, { kind: 'policy', namespace: 'prod', name: 'db-allow-api' });
    expect(s.getState()).toMatchObject({
      selection: { kind: 'policy', namespace: 'prod', name: 'db-allow-api' },
      panel: 'policies',
      focusRequest: { ids: ['workload:prod/db'] },
    });
  });

  it('frames every workload of a label and selects none of them', () => {
    const s = store();
    const ids = ['web', 'db'].map((name) =>
      nodeIdOf({ kind: 'workload', namespace: 'prod', name }),
    );
    showFound(s.getState, { kind: 'nodes', label: 'app=any', ids });
    expect(s.getState()).toMatchObject({ selection: null, focusRequest: { ids } });
  });

  it('comes back to the canvas from the matrix', () => {
    const s = store();
    s.getState().showView('matrix');
    showFound(s.getState, { kind: 'node', id: nodeIdOf({ kind: 'namespace', name: 'prod' }) });
    expect(s.getState().view).toBe('canvas');
  });
});

describe('focus requests', () => {
  it('are told apart by their number and cleared once done', () => {
    const s = store();
    s.getState().requestFocus(['namespace:prod']);
    s.getState().requestFocus(['namespace:prod']);
    expect(s.getState().focusRequest?.seq).toBe(2);
    s.getState().focusDone(1);
    expect(s.getState().focusRequest?.seq).toBe(2);
    s.getState().focusDone(2);
    expect(s.getState().focusRequest).toBeNull();
  });

  it('for both ends of a connection reach the canvas as one request that frames the pair', () => {
    const s = store();
    s.getState().showView('matrix');
    const seen: unknown[] = [];
    const stop = s.subscribe((state, previous) => {
      if (state.focusRequest !== previous.focusRequest) seen.push(state.focusRequest);
    });
    s.getState().showConnection('workload:prod/web', 'workload:prod/db');
    stop();
    expect(seen).toEqual([
      { ids: ['workload:prod/web', 'workload:prod/db'], seq: 1, whole: false, pair: true },
    ]);
    expect(s.getState().view).toBe('canvas');
  });

  it('ask for nothing without nodes', () => {
    const s = store();
    s.getState().requestFocus([]);
    expect(s.getState().focusRequest).toBeNull();
  });
});

describe('when a policy is picked in the Policies list', () => {
  it('asks the canvas for its pods, unless they are in view', () => {
    const s = store();
    s.getState().select({ kind: 'policy', namespace: 'prod', name: 'db-allow-api' });
    showPickedPolicy(s.getState);
    expect(s.getState().focusRequest).toMatchObject({
      ids: ['workload:prod/db'],
      unlessInView: true,
    });
  });

  it('leaves the camera alone when it is unpicked or the matrix is shown', () => {
    const s = store();
    showPickedPolicy(s.getState);
    expect(s.getState().focusRequest).toBeNull();
    s.getState().showView('matrix');
    s.getState().select({ kind: 'policy', namespace: 'prod', name: 'db-allow-api' });
    showPickedPolicy(s.getState);
    expect(s.getState().focusRequest).toBeNull();
  });
});

describe('when a picked policy names peers in a collapsed namespace', () => {
  // db-allow-backup in prod lets db-tools/backup in: db-tools is collapsed, its card not drawn.
  const doc: Doc = {
    ...FIND_TEST_DOC,
    policies: [
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'db-allow-backup', namespace: 'prod' },
        spec: {
          podSelector: { matchLabels: { app: 'db' } },
          ingress: [
            {
              from: [
                {
                  namespaceSelector: {
                    matchLabels: { 'kubernetes.io/metadata.name': 'db-tools' },
                  },
                  podSelector: { matchLabels: { app: 'frontend-backup' } },
                },
              ],
            },
          ],
        },
      },
    ],
  };
  function picked() {
    const s = createEditorStore({ doc });
    s.getState().setCollapsed(['db-tools'], true);
    s.getState().select({ kind: 'policy', namespace: 'prod', name: 'db-allow-backup' });
    return s;
  }

  it('frames the pods it selects and the box holding its peer, which stays collapsed', () => {
    const s = picked();
    showPickedPolicy(s.getState);
    expect(s.getState().focusRequest).toMatchObject({
      ids: ['workload:prod/db', 'namespace:db-tools'],
      unlessInView: true,
      opened: true,
    });
    expect(s.getState().collapsed).toEqual(['db-tools']);
  });

  it('has the box say how many peers of the policy it holds, as it does for Find', () => {
    const s = picked();
    expect(selectFoundInBox(s.getState(), 'db-tools')).toBe('1 peer of db-allow-backup');
    expect(selectFoundInBox(s.getState(), 'prod')).toBeNull();
    s.getState().select(null);
    expect(selectFoundInBox(s.getState(), 'db-tools')).toBeNull();
  });
});
