import { describe, expect, it } from 'vitest';
import type { DocEdit, FlowEnd } from '../engine';
import { createEditorStore } from './createEditorStore';
import { selectNeighbourhood } from './derived/neighbourhood';
import { toggleNeighbourhood } from './neighbourhoodFocus';

const workload = (name: string): DocEdit => ({
  type: 'addWorkload',
  workload: {
    namespace: 'prod',
    name,
    kind: 'Deployment',
    labels: { app: name },
    ports: [],
    ips: [],
  },
});
const end = (name: string): FlowEnd => ({ kind: 'workload', namespace: 'prod', name });
const API = 'workload:prod/api';

function webApiDb() {
  const store = createEditorStore();
  const { dispatch } = store.getState();
  dispatch({ type: 'addNamespace', name: 'prod' });
  for (const name of ['web', 'api', 'db', 'cache']) dispatch(workload(name));
  for (const [from, to] of [
    ['web', 'api'],
    ['api', 'db'],
  ] as const) {
    dispatch({
      type: 'allowFlow',
      flow: { from: end(from), to: end(to), ports: [{ protocol: 'TCP', port: 80 }] },
    });
  }
  return store;
}

describe('when the selected workload is focused', () => {
  it('holds its neighbours and counts its lines, and moves the camera to them', () => {
    const store = webApiDb();
    store.getState().select({ kind: 'node', id: API });
    toggleNeighbourhood(store.getState());
    const hood = selectNeighbourhood(store.getState());
    expect(hood?.id).toBe(API);
    expect([...(hood?.nodes ?? [])].sort()).toEqual([
      'workload:prod/api',
      'workload:prod/db',
      'workload:prod/web',
    ]);
    expect([hood?.inbound, hood?.outbound]).toEqual([1, 1]);
    expect(store.getState().focusRequest?.ids).toHaveLength(3);
    // All of it in view, as far out as that takes: Find and Show keep cards readable instead.
    expect(store.getState().focusRequest?.whole).toBe(true);
  });

  it('is left by the same toggle', () => {
    const store = webApiDb();
    store.getState().select({ kind: 'node', id: API });
    toggleNeighbourhood(store.getState());
    toggleNeighbourhood(store.getState());
    expect(store.getState().neighbourhood).toBeNull();
  });

  it('is nothing once the workload is deleted', () => {
    const store = webApiDb();
    toggleNeighbourhood(store.getState(), API);
    store.getState().dispatch({ type: 'removeWorkload', namespace: 'prod', name: 'api' });
    expect(selectNeighbourhood(store.getState())).toBeNull();
  });

  it('needs a workload: a selected namespace or nothing selected does nothing', () => {
    const store = webApiDb();
    toggleNeighbourhood(store.getState());
    store.getState().select({ kind: 'node', id: 'namespace:prod' });
    toggleNeighbourhood(store.getState());
    expect(store.getState().neighbourhood).toBeNull();
  });
});
