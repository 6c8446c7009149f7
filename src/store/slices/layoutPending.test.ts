import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { EMPTY_DOC } from '../../model';
import { createEditorStore } from '../createEditorStore';
import { selectCameraOpening, selectLayingOut } from './layoutPending';

describe('what the page says while an opened design waits for its places', () => {
  it('counts the workloads and namespaces being laid out, until the layout answers', () => {
    const store = createEditorStore({ doc: threeTierCluster([]) });
    expect(selectLayingOut(store.getState())).toBeNull();
    store.getState().requestLayout('unplaced');
    expect(selectLayingOut(store.getState())).toBe('Laying out 5 workloads in 3 namespaces…');
    store.getState().finishLayout(store.getState().layoutRequest?.id ?? 0);
    expect(selectLayingOut(store.getState())).toBeNull();
  });

  it('says nothing for a layout of a design already drawn (an expand, Re-layout)', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['prod'] });
    store.getState().setCollapsed(['prod'], false);
    expect(selectLayingOut(store.getState())).toBeNull();
    store.getState().requestLayout('all');
    expect(selectLayingOut(store.getState())).toBeNull();
  });

  it('names the namespaces alone of a design without workloads', () => {
    const doc = {
      ...EMPTY_DOC,
      namespaces: [{ name: 'a', labels: { 'kubernetes.io/metadata.name': 'a' } }],
    };
    const store = createEditorStore({ doc });
    store.getState().requestLayout('unplaced');
    expect(selectLayingOut(store.getState())).toBe('Laying out 1 namespace…');
  });
});

describe('what the page says while Find or Show waits for the box it opens', () => {
  it('names the namespace being opened until its layout answers', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev', 'prod'] });
    expect(selectCameraOpening(store.getState())).toBeNull();
    store.getState().showOnCanvas(['workload:prod/api']);
    expect(selectCameraOpening(store.getState())).toBe('Opening prod…');
    store.getState().finishLayout(store.getState().layoutRequest?.id ?? 0);
    expect(selectCameraOpening(store.getState())).toBeNull();
  });

  it('names both ends’ namespaces of a connection shown', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev', 'prod'] });
    store.getState().showConnection('workload:dev/api', 'workload:prod/db');
    expect(selectCameraOpening(store.getState())).toBe('Opening dev and prod…');
  });

  it('says nothing when the camera goes to an open box, or once the user took the camera', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev'] });
    store.getState().showOnCanvas(['workload:prod/api']);
    expect(selectCameraOpening(store.getState())).toBeNull();
    store.getState().showOnCanvas(['workload:dev/api']);
    expect(selectCameraOpening(store.getState())).toBe('Opening dev…');
    store.getState().focusDone(store.getState().focusRequest?.seq ?? 0);
    expect(selectCameraOpening(store.getState())).toBeNull();
  });
});
