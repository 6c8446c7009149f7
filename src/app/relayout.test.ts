import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../store';
import { relayout } from './relayout';

describe('Re-layout', () => {
  it('asked for in the matrix (from Help) shows the canvas it lays out', () => {
    const store = createEditorStore({ doc: threeTierCluster([]) });
    store.getState().showView('matrix');
    relayout(store.getState());
    expect(store.getState().view).toBe('canvas');
    expect(store.getState().layoutRequest?.scope).toBe('all');
  });
});
