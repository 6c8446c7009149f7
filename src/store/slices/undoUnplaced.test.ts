import { describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { createEditorStore } from '../createEditorStore';
import { selectLayoutPending } from './layoutPending';

/**
 * A design with no stored place (an example opened, a design drawn by hand): the canvas draws
 * each node where it puts a node without one, the same way each time.
 */
function unplacedDesign() {
  const doc = generateCluster({ pods: 12, policies: 4, namespaces: 2, seed: 5 });
  return createEditorStore({ doc });
}

const firstWorkload = (store: ReturnType<typeof createEditorStore>) => {
  const w = store.getState().doc.workloads[0];
  if (w === undefined) throw new Error('no workload');
  return w;
};

describe('when a delete in a design without stored places is undone and redone', () => {
  it('asks no layout either way: every node comes back where the canvas drew it', () => {
    const store = unplacedDesign();
    const { namespace, name } = firstWorkload(store);
    const asked = store.getState().layoutRequest;
    store.getState().dispatch({ type: 'removeWorkload', namespace, name });
    store.getState().undo();
    expect(store.getState().doc.workloads.some((w) => w.name === name)).toBe(true);
    expect(store.getState().layoutRequest).toBe(asked);
    expect(store.getState().positions).toEqual({});
    store.getState().redo();
    expect(store.getState().layoutRequest).toBe(asked);
  });
});

describe('when a node dropped into a design without stored places is undone and redone', () => {
  it('asks no layout: the others stay where the canvas drew them, the new one where dropped', () => {
    const store = unplacedDesign();
    const { namespace } = firstWorkload(store);
    const asked = store.getState().layoutRequest;
    const dropped = { [`workload:${namespace}/new-1`]: { x: 30, y: 200 } };
    store.getState().dispatch(
      {
        type: 'addWorkload',
        workload: { namespace, name: 'new-1', kind: 'Deployment', labels: {}, ports: [], ips: [] },
      },
      dropped,
    );
    store.getState().undo();
    expect(store.getState().layoutRequest).toBe(asked);
    store.getState().redo();
    expect(store.getState().positions).toEqual(dropped);
    expect(store.getState().layoutRequest).toBe(asked);
  });
});

describe('when a file opened over a design without stored places is undone at once', () => {
  it('drops the layout the file waited for, and redo asks for it again', () => {
    const store = unplacedDesign();
    const opened = generateCluster({ pods: 20, policies: 6, namespaces: 3, seed: 9 });
    store.getState().openDoc(opened);
    store.getState().requestLayout('unplaced');
    const asked = store.getState().layoutRequest?.id ?? 0;
    store.getState().undo();
    // It would place every node of the design brought back, which the user saw drawn.
    expect(selectLayoutPending(store.getState())).toBe(false);
    expect(store.getState().layoutRequest?.id).toBe(asked);
    store.getState().redo();
    expect(store.getState().doc).toBe(opened);
    expect(store.getState().layoutRequest).toEqual({ id: asked + 1, scope: 'unplaced' });
  });

  it('asks for it again when another file was opened before the layout answered', () => {
    const store = unplacedDesign();
    const opened = generateCluster({ pods: 20, policies: 6, namespaces: 3, seed: 9 });
    store.getState().openDoc(opened);
    store.getState().requestLayout('unplaced');
    store.getState().openDoc(generateCluster({ pods: 8, policies: 2, namespaces: 1, seed: 3 }));
    store.getState().requestLayout('unplaced');
    // The layout answered for the file opened last.
    const asked = store.getState().layoutRequest?.id ?? 0;
    store.getState().finishLayout(asked);
    store.getState().undo();
    expect(store.getState().doc).toBe(opened);
    expect(store.getState().layoutRequest).toEqual({ id: asked + 1, scope: 'unplaced' });
  });
});
