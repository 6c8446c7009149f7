import { describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { withInferred } from '../../engine';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../createEditorStore';
import { OUTSIDE_GROUP_ID } from '../ids';
import {
  COLLAPSE_ON_OPEN_WORKLOADS,
  collapsedHolding,
  collapsedOnOpen,
  collapsedWith,
  selectCollapsedDrawn,
} from './collapsedNamespaces';

describe('which namespaces a design opens with collapsed', () => {
  it('none for a design an engineer can read whole', () => {
    expect(collapsedOnOpen(threeTierCluster([]))).toEqual([]);
  });

  it('every one for a large design, and the group outside the cluster', () => {
    const doc = generateCluster({ pods: 200, policies: 20, namespaces: 5, seed: 1 });
    expect(doc.workloads.length).toBeGreaterThan(COLLAPSE_ON_OPEN_WORKLOADS);
    expect(collapsedOnOpen(doc)).toEqual(
      [...doc.namespaces.map((n) => n.name), OUTSIDE_GROUP_ID].sort(),
    );
  });

  it('every one for a large folder of policies, counting the pods inferred from them', () => {
    const cluster = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 4 });
    const folder = { ...cluster, workloads: [] };
    expect(withInferred(folder).workloads.length).toBeGreaterThan(COLLAPSE_ON_OPEN_WORKLOADS);
    expect(collapsedOnOpen(folder)).toEqual(
      [...folder.namespaces.map((n) => n.name), OUTSIDE_GROUP_ID].sort(),
    );
  });
});

describe('collapsing and expanding', () => {
  it('adds and removes names, keeping the list when nothing changes', () => {
    const list = collapsedWith([], ['b', 'a'], true);
    expect(list).toEqual(['a', 'b']);
    expect(collapsedWith(list, ['a'], true)).toBe(list);
    expect(collapsedWith(list, ['a'], false)).toEqual(['b']);
  });

  it('finds the collapsed namespaces holding some workloads', () => {
    expect(collapsedHolding(['prod'], ['workload:prod/web', 'workload:dev/x'])).toEqual(['prod']);
    expect(collapsedHolding(['prod'], ['namespace:prod'])).toEqual([]);
  });

  it('finds the group outside the cluster collapsed holding an IP block or an endpoint', () => {
    const ids = ['ipBlock:10.0.0.0/8', 'external:backup', 'workload:prod/web'];
    expect(collapsedHolding([OUTSIDE_GROUP_ID, 'prod'], ids)).toEqual(['prod', OUTSIDE_GROUP_ID]);
    expect(collapsedHolding(['prod'], ids.slice(0, 2))).toEqual([]);
  });
});

describe('the store', () => {
  it('is not an undo step to collapse, and expanding asks for room in the layout', () => {
    const store = createEditorStore({ doc: threeTierCluster([]) });
    store.getState().setCollapsed(['prod'], true);
    expect(store.getState().collapsed).toEqual(['prod']);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().layoutRequest).toBeNull();
    store.getState().setCollapsed(['prod'], false);
    expect(store.getState().collapsed).toEqual([]);
    expect(store.getState().layoutRequest?.scope).toBe('room');
  });

  it('draws an expanded namespace collapsed until the layout asked for answers', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev', 'prod'] });
    store.getState().setCollapsed(['prod'], false);
    const first = store.getState().layoutRequest?.id ?? 0;
    expect(store.getState().collapsed).toEqual(['dev']);
    expect(selectCollapsedDrawn(store.getState())).toEqual(['dev', 'prod']);
    expect(selectCollapsedDrawn(store.getState())).toBe(selectCollapsedDrawn(store.getState()));
    // Expand all asks again: the first answer is not the one that places them.
    store.getState().setCollapsed(['dev', 'prod'], false);
    store.getState().requestLayout('boxes');
    store.getState().finishLayout(first);
    expect(selectCollapsedDrawn(store.getState())).toEqual(['dev', 'prod']);
    store.getState().finishLayout(store.getState().layoutRequest?.id ?? 0);
    expect(selectCollapsedDrawn(store.getState())).toEqual([]);
  });

  it('draws a namespace collapsed again at once, and one opened on start as it is', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev', 'prod'] });
    store.getState().setCollapsed(['dev', 'prod'], false);
    store.getState().setCollapsed(['prod'], true);
    expect(selectCollapsedDrawn(store.getState())).toEqual(['dev', 'prod']);
    store.getState().resetCollapsed([]);
    expect(selectCollapsedDrawn(store.getState())).toEqual([]);
    // Expanding what is open changes nothing, and asks for no layout.
    store.getState().setCollapsed(['prod'], false);
    expect(store.getState().opening).toEqual([]);
  });

  it('asks the pending layout again when an opening namespace is closed before it answers', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev', 'prod'] });
    store.getState().setCollapsed(['prod'], false);
    const asked = store.getState().layoutRequest;
    store.getState().setCollapsed(['prod'], true);
    expect(store.getState().layoutRequest).toEqual({ id: (asked?.id ?? 0) + 1, scope: 'room' });
    // Closing one that is not opening asks nothing new.
    const again = store.getState().layoutRequest;
    store.getState().setCollapsed(['dev'], false);
    store.getState().finishLayout(store.getState().layoutRequest?.id ?? 0);
    const done = store.getState().layoutRequest;
    store.getState().setCollapsed(['dev'], true);
    expect(store.getState().layoutRequest).toBe(done);
    expect(done).not.toBe(again);
  });

  it('expands the collapsed namespace of a workload the camera is asked to show', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['prod'] });
    store.getState().requestFocus(['workload:prod/db']);
    expect(store.getState().collapsed).toEqual([]);
    expect(store.getState().focusRequest?.ids).toEqual(['workload:prod/db']);
  });
});
