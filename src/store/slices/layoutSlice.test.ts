import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { selectCollapsedDrawn } from '../collapse/collapsedNamespaces';
import { createEditorStore } from '../createEditorStore';
import { selectLayingOut, selectLayoutPending } from './layoutPending';

describe('when the layout asked for after an expand answers', () => {
  it('its positions, the boxes it opens and the end of the wait land in one update', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev', 'prod'] });
    store.getState().setCollapsed(['dev', 'prod'], false);
    const asked = store.getState().layoutRequest?.id ?? 0;
    expect(selectLayoutPending(store.getState())).toBe(true);
    const updates: { placed: boolean; drawnCollapsed: number; pending: boolean }[] = [];
    const stop = store.subscribe((s) => {
      updates.push({
        placed: s.positions['workload:prod/web']?.x === 40,
        drawnCollapsed: selectCollapsedDrawn(s).length,
        pending: selectLayoutPending(s),
      });
    });
    store.getState().finishLayout(asked, { 'workload:prod/web': { x: 40, y: 60 } });
    stop();
    expect(updates).toEqual([{ placed: true, drawnCollapsed: 0, pending: false }]);
    expect(store.getState().opening).toEqual([]);
  });

  it('places what it placed, and leaves the boxes closed while a later request waits', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev', 'prod'] });
    store.getState().setCollapsed(['prod'], false);
    const first = store.getState().layoutRequest?.id ?? 0;
    store.getState().requestLayout('boxes');
    store.getState().finishLayout(first, { 'workload:prod/web': { x: 40, y: 60 } });
    expect(store.getState().positions['workload:prod/web']).toEqual({ x: 40, y: 60 });
    expect(store.getState().opening).toEqual(['prod']);
    expect(selectLayoutPending(store.getState())).toBe(true);
  });
});

describe('when a box opens before a design just opened has its first places', () => {
  it('opens in that first layout: nothing is drawn before it answers', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev', 'prod'] });
    store.getState().requestLayout('unplaced');
    const first = store.getState().layoutRequest?.id ?? 0;
    // Find, right after Open file, opens the namespace of what it found.
    store.getState().requestFocus(['workload:prod/api']);
    expect(store.getState().layoutRequest?.id).toBeGreaterThan(first);
    expect(store.getState().layoutRequest?.scope).toBe('unplaced');
    expect(selectLayingOut(store.getState())).toMatch(/^Laying out /);
    expect(store.getState().opening).toEqual(['prod']);
  });

  it('makes room once the design has its places', () => {
    const store = createEditorStore({ doc: threeTierCluster([]), collapsed: ['dev', 'prod'] });
    store.getState().requestLayout('unplaced');
    const first = store.getState().layoutRequest?.id ?? 0;
    store.getState().finishLayout(first, { 'namespace:prod': { x: 0, y: 0 } });
    store.getState().requestFocus(['workload:prod/api']);
    expect(store.getState().layoutRequest?.scope).toBe('room');
  });
});
