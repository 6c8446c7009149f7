import { describe, expect, it } from 'vitest';
import type { DocEdit } from '../../engine';
import { EMPTY_DOC } from '../../model';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { createEditorStore } from '../createEditorStore';

const workload = (namespace: string, name: string): DocEdit => ({
  type: 'addWorkload',
  workload: { namespace, name, kind: 'Deployment', labels: { app: name }, ports: [], ips: [] },
});

/** Namespaces `ns-1` (with `web`) and `prod`, an endpoint, each placed by hand. */
function placedDesign() {
  const store = createEditorStore({ doc: EMPTY_DOC });
  const { dispatch } = store.getState();
  dispatch({ type: 'addNamespace', name: 'ns-1' });
  dispatch({ type: 'addNamespace', name: 'prod' });
  dispatch(workload('ns-1', 'web'));
  dispatch({ type: 'addExternal', external: { name: 'backup', cidr: '192.0.2.10/32' } });
  store.getState().setPositions({
    'namespace:ns-1': { x: 400, y: 40 },
    'namespace:prod': { x: 40, y: 300 },
    'workload:ns-1/web': { x: 24, y: 60 },
    'external:backup': { x: 900, y: 90 },
  });
  return store;
}

const positionsOf = (store: ReturnType<typeof createEditorStore>) => store.getState().positions;

describe('when a renamed namespace is undone and redone', () => {
  it('its box and its workloads keep their places both ways', () => {
    const store = placedDesign();
    const before = positionsOf(store);
    store.getState().dispatch({ type: 'renameNamespace', name: 'ns-1', newName: 'shop' });
    const renamed = positionsOf(store);
    expect(renamed['namespace:shop']).toEqual({ x: 400, y: 40 });
    expect(renamed['workload:shop/web']).toEqual({ x: 24, y: 60 });
    store.getState().undo();
    expect(store.getState().doc.namespaces.map((n) => n.name)).toEqual(['ns-1', 'prod']);
    expect(positionsOf(store)).toEqual(before);
    store.getState().redo();
    expect(positionsOf(store)).toEqual(renamed);
  });
});

describe('when a renamed workload or endpoint is undone and redone', () => {
  it('the workload keeps its place both ways', () => {
    const store = placedDesign();
    const before = positionsOf(store);
    store.getState().dispatch({
      type: 'updateWorkload',
      namespace: 'ns-1',
      name: 'web',
      changes: { name: 'frontend' },
    });
    expect(positionsOf(store)['workload:ns-1/frontend']).toEqual({ x: 24, y: 60 });
    const renamed = positionsOf(store);
    store.getState().undo();
    expect(positionsOf(store)).toEqual(before);
    store.getState().redo();
    expect(positionsOf(store)).toEqual(renamed);
  });

  it('the endpoint keeps its place both ways', () => {
    const store = placedDesign();
    const before = positionsOf(store);
    store.getState().dispatch({
      type: 'updateExternal',
      name: 'backup',
      external: { name: 'backup-server', cidr: '192.0.2.10/32' },
    });
    expect(positionsOf(store)['external:backup-server']).toEqual({ x: 900, y: 90 });
    store.getState().undo();
    expect(positionsOf(store)).toEqual(before);
  });
});

describe('when a workload moved to another namespace is undone and redone', () => {
  it('it goes back to its place in its old box, and again to where it was dropped', () => {
    const store = placedDesign();
    const before = positionsOf(store);
    const dropped = { x: 30, y: 70 };
    store
      .getState()
      .dispatch(
        { type: 'updateWorkload', namespace: 'ns-1', name: 'web', changes: { namespace: 'prod' } },
        { 'workload:ns-1/web': null, 'workload:prod/web': dropped },
      );
    const moved = positionsOf(store);
    expect(moved['workload:prod/web']).toEqual(dropped);
    expect(moved['workload:ns-1/web']).toBeUndefined();
    store.getState().undo();
    expect(store.getState().doc.workloads.map((w) => w.namespace)).toEqual(['ns-1']);
    expect(positionsOf(store)).toEqual(before);
    store.getState().redo();
    expect(positionsOf(store)).toEqual(moved);
  });
});

describe('when a deleted node is brought back by undo', () => {
  it('a workload comes back where it was', () => {
    const store = placedDesign();
    const before = positionsOf(store);
    store.getState().dispatch({ type: 'removeWorkload', namespace: 'ns-1', name: 'web' });
    store.getState().undo();
    expect(store.getState().doc.workloads.map((w) => w.name)).toEqual(['web']);
    expect(positionsOf(store)).toEqual(before);
  });

  it('a namespace comes back where it was, with its workloads in their places', () => {
    const store = placedDesign();
    const before = positionsOf(store);
    store.getState().dispatch({ type: 'removeNamespace', name: 'ns-1' });
    store.getState().redo();
    store.getState().undo();
    expect(store.getState().doc.workloads.map((w) => w.name)).toEqual(['web']);
    expect(positionsOf(store)).toEqual(before);
  });
});

describe('when a node dropped from the palette is undone and redone', () => {
  it('it comes back where it was dropped', () => {
    const store = placedDesign();
    const before = positionsOf(store);
    store.getState().dispatch(workload('prod', 'workload-1'), {
      'workload:prod/workload-1': { x: 50, y: 80 },
    });
    const added = positionsOf(store);
    store.getState().undo();
    expect(positionsOf(store)).toEqual(before);
    store.getState().redo();
    expect(positionsOf(store)).toEqual(added);
  });
});

describe('when nodes are moved by hand', () => {
  it("records no undo step for a drag's live moves", () => {
    const store = placedDesign();
    const past = store.getState().past.length;
    store.getState().setPositions({ 'namespace:prod': { x: 1, y: 2 } });
    expect(store.getState().past).toHaveLength(past);
  });

  it('the drop is one undo step: undo puts the nodes back where the drag began, redo again', () => {
    // A judge dragged a box of an opened file and pressed Ctrl+Z: the box stayed and the
    // whole file was taken back (opening it was the last step).
    const store = placedDesign();
    const doc = store.getState().doc;
    const steps = store.getState().past.length;
    store.getState().setPositions({ 'namespace:prod': { x: 60, y: 320 } });
    store.getState().setPositions({ 'namespace:prod': { x: 90, y: 500 } });
    store.getState().moved({ 'namespace:prod': { x: 40, y: 300 } });
    expect(store.getState().past).toHaveLength(steps + 1);
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
    expect(positionsOf(store)['namespace:prod']).toEqual({ x: 40, y: 300 });
    store.getState().redo();
    expect(positionsOf(store)['namespace:prod']).toEqual({ x: 90, y: 500 });
  });

  it('a drop given where it ends writes the places and its undo step in one update', () => {
    const store = placedDesign();
    const steps = store.getState().past.length;
    let updates = 0;
    const stop = store.subscribe(() => {
      updates += 1;
    });
    store
      .getState()
      .moved({ 'namespace:prod': { x: 40, y: 300 } }, { 'namespace:prod': { x: 90, y: 500 } });
    stop();
    expect(updates).toBe(1);
    expect(store.getState().past).toHaveLength(steps + 1);
    expect(positionsOf(store)['namespace:prod']).toEqual({ x: 90, y: 500 });
    store.getState().undo();
    expect(positionsOf(store)['namespace:prod']).toEqual({ x: 40, y: 300 });
  });

  it('a node that had no place of its own goes back to none', () => {
    const store = placedDesign();
    store.getState().dispatch(workload('prod', 'api'));
    store.getState().setPositions({ 'workload:prod/api': { x: 10, y: 10 } });
    store.getState().moved({ 'workload:prod/api': null });
    store.getState().undo();
    expect(positionsOf(store)['workload:prod/api']).toBeUndefined();
    expect(store.getState().doc.workloads.map((w) => w.name)).toEqual(['web', 'api']);
  });

  it('records nothing for a drop where the drag began', () => {
    const store = placedDesign();
    const steps = store.getState().past.length;
    store.getState().moved({ 'namespace:prod': { x: 40, y: 300 } });
    expect(store.getState().past).toHaveLength(steps);
  });

  it('a node moved since an edit stays where it is when the edit is undone', () => {
    const store = placedDesign();
    store.getState().dispatch({ type: 'renameNamespace', name: 'ns-1', newName: 'shop' });
    store.getState().setPositions({ 'namespace:prod': { x: 1, y: 2 } });
    store.getState().undo();
    expect(positionsOf(store)['namespace:prod']).toEqual({ x: 1, y: 2 });
  });
});

describe('when a design with positions is imported, then undone', () => {
  it('the positions the import replaced come back', () => {
    const store = placedDesign();
    const before = store.getState();
    store.getState().replaceDoc(EMPTY_DOC, {
      'namespace:prod': { x: 0, y: 0 },
      'namespace:staging': { x: 500, y: 0 },
    });
    expect(positionsOf(store)['namespace:prod']).toEqual({ x: 0, y: 0 });
    store.getState().undo();
    expect(store.getState().doc).toBe(before.doc);
    expect(positionsOf(store)).toEqual(before.positions);
  });
});

describe('when another design is opened', () => {
  it('keeps none of the places of the design it replaces, and undo brings them back', () => {
    // 24 real manifests opened after a 200-workload design: their kube-system box took the
    // other design's place, over two other namespaces' boxes.
    const store = placedDesign();
    const before = store.getState().positions;
    expect(Object.keys(before).length).toBeGreaterThan(0);
    const opened = generateCluster({ pods: 12, policies: 4, namespaces: 2, seed: 5 });
    store.getState().openDoc(opened, { 'namespace:ns-1': { x: 9, y: 9 } });
    expect(positionsOf(store)).toEqual({ 'namespace:ns-1': { x: 9, y: 9 } });
    store.getState().undo();
    expect(positionsOf(store)).toEqual(before);
  });
});

describe('when the design is laid out again (Re-layout)', () => {
  it('is one undo step that puts every node back, and redo places them again', () => {
    const store = placedDesign();
    const before = positionsOf(store);
    const steps = store.getState().past.length;
    store.getState().arrange({
      'namespace:ns-1': { x: 0, y: 0 },
      'namespace:prod': { x: 700, y: 0 },
      'workload:ns-1/web': { x: 30, y: 70 },
    });
    const after = positionsOf(store);
    expect(store.getState().past).toHaveLength(steps + 1);
    store.getState().undo();
    expect(positionsOf(store)).toEqual(before);
    store.getState().redo();
    expect(positionsOf(store)).toEqual(after);
  });

  it('records nothing when no node moves, and says so', () => {
    const store = placedDesign();
    const steps = store.getState().past.length;
    store.getState().arrange({ 'namespace:prod': { x: 40, y: 300 } });
    expect(store.getState().past).toHaveLength(steps);
    expect(store.getState().notice?.text).toBe(
      'Re-layout: every box and card is already where the automatic layout puts it.',
    );
  });
});

/** A two-namespace design opened collapsed, each box placed, its workloads without a place. */
function collapsedDesign() {
  const doc = generateCluster({ pods: 12, policies: 4, namespaces: 2, seed: 5 });
  const store = createEditorStore({ doc });
  const names = doc.namespaces.map((n) => n.name);
  store.getState().resetCollapsed(names);
  store
    .getState()
    .setPositions(
      Object.fromEntries(names.map((name, i) => [`namespace:${name}`, { x: 240 * i, y: 0 }])),
    );
  return { store, names, doc };
}

describe('when the user opens or closes a box (a view step)', () => {
  it('Undo closes the box it opened and puts every box back, Redo opens it again', () => {
    const { store, names } = collapsedDesign();
    const [first = '', second = ''] = names;
    const before = positionsOf(store);
    const steps = store.getState().past.length;
    store.getState().collapseStep([first], false);
    expect(store.getState().past).toHaveLength(steps + 1);
    expect(store.getState().collapsed).toEqual([second]);
    // Its layout answers: the workloads placed, the other box pushed out of its way.
    const asked = store.getState().layoutRequest?.id ?? 0;
    store.getState().finishLayout(asked, { [`namespace:${second}`]: { x: 900, y: 0 } });
    const opened = positionsOf(store);
    store.getState().undo();
    expect(store.getState().collapsed).toEqual([first, second].sort());
    expect(positionsOf(store)[`namespace:${second}`]).toEqual(before[`namespace:${second}`]);
    expect(store.getState().notice?.text).toBe(`Undone: expanded ${first}.`);
    store.getState().redo();
    expect(store.getState().collapsed).toEqual([second]);
    expect(positionsOf(store)[`namespace:${second}`]).toEqual(opened[`namespace:${second}`]);
    expect(store.getState().notice?.text).toBe(`Redone: expanded ${first}.`);
  });

  it('Undo right after opening a box never takes back the design opened before it', () => {
    const { store, names, doc } = collapsedDesign();
    const [first = ''] = names;
    const other = generateCluster({ pods: 6, policies: 2, namespaces: 1, seed: 8 });
    store.getState().openDoc(other, {}, 'Opened other.yaml');
    store.getState().undo();
    store.getState().redo();
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
    store.getState().collapseStep([first], false);
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().collapsed).toContain(first);
  });

  it('Undo before its layout answered drops that layout: the boxes stay where they were', () => {
    const { store, names } = collapsedDesign();
    const before = positionsOf(store);
    store.getState().collapseStep(names, false);
    store.getState().requestLayout('boxes');
    const asked = store.getState().layoutRequest?.id ?? 0;
    store.getState().undo();
    expect(store.getState().collapsed).toEqual([...names].sort());
    expect(store.getState().opening).toEqual([]);
    expect(store.getState().layoutDone).toBe(asked);
    expect(positionsOf(store)).toEqual(before);
  });

  it('Redo of a box whose workloads never got a place asks for their layout', () => {
    const { store, names } = collapsedDesign();
    const [first = ''] = names;
    store.getState().collapseStep([first], false);
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().opening).toEqual([first]);
    expect(store.getState().layoutRequest?.scope).toBe('room');
  });

  it('records nothing when no box opens or closes', () => {
    const { store, names } = collapsedDesign();
    const steps = store.getState().past.length;
    store.getState().collapseStep(names, true);
    expect(store.getState().past).toHaveLength(steps);
  });

  it('an edit undone after a box was opened leaves the box open', () => {
    const { store, names } = collapsedDesign();
    const [first = ''] = names;
    store.getState().dispatch({ type: 'setTitle', title: 'renamed' });
    store.getState().setCollapsed([first], false);
    store.getState().undo();
    expect(store.getState().collapsed).not.toContain(first);
  });
});

describe('when another design is opened, then undone', () => {
  it('the design comes back with the boxes it had collapsed, and redo with the new one', () => {
    const { store, names } = collapsedDesign();
    const other = generateCluster({ pods: 6, policies: 2, namespaces: 1, seed: 8 });
    store.getState().openDoc(other, {}, 'Opened other.yaml', []);
    expect(store.getState().collapsed).toEqual([]);
    store.getState().undo();
    expect(store.getState().collapsed).toEqual([...names].sort());
    expect(store.getState().notice?.text).toBe('Undone: opened other.yaml.');
    store.getState().redo();
    expect(store.getState().collapsed).toEqual([]);
  });
});

describe('what is selected after an undo or a redo', () => {
  it('a deleted workload comes back selected, and redo leaves nothing selected', () => {
    const store = placedDesign();
    store.getState().select({ kind: 'node', id: 'workload:ns-1/web' });
    store.getState().dispatch({ type: 'removeWorkload', namespace: 'ns-1', name: 'web' });
    store.getState().select(null);
    store.getState().undo();
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'workload:ns-1/web' });
    store.getState().redo();
    expect(store.getState().selection).toBeNull();
    store.getState().undo();
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'workload:ns-1/web' });
  });

  it('a step taken with nothing selected leaves nothing selected when undone', () => {
    const store = placedDesign();
    store.getState().dispatch({ type: 'addNamespace', name: 'staging' });
    store.getState().select({ kind: 'policy', namespace: 'prod', name: 'p' });
    store.getState().undo();
    expect(store.getState().selection).toBeNull();
  });
});

describe('the status line after an undo or a redo', () => {
  it('names the file whose opening was undone', () => {
    const store = placedDesign();
    const opened = generateCluster({ pods: 12, policies: 4, namespaces: 2, seed: 5 });
    store.getState().openDoc(opened, {}, 'Opened held-200.yaml');
    store.getState().undo();
    expect(store.getState().notice?.text).toBe('Undone: opened held-200.yaml.');
  });

  it('names the step undone or redone, for the design it leads to', () => {
    const store = placedDesign();
    store.getState().dispatch({ type: 'removeNamespace', name: 'prod' });
    const deleted = store.getState().doc;
    store.getState().undo();
    expect(store.getState().notice).toEqual({
      tone: 'info',
      text: 'Undone: deleted namespace prod with its workloads and policies.',
      doc: store.getState().doc,
      withChanges: true,
    });
    store.getState().redo();
    expect(store.getState().doc).toBe(deleted);
    expect(store.getState().notice).toEqual({
      tone: 'info',
      text: 'Redone: deleted namespace prod with its workloads and policies.',
      doc: deleted,
      withChanges: true,
    });
  });

  it('says "the last change" for a design replaced as a whole, and names a Re-layout', () => {
    const store = placedDesign();
    store.getState().replaceDoc(EMPTY_DOC);
    store.getState().undo();
    expect(store.getState().notice?.text).toBe('Undone: the last change.');
    store.getState().arrange({ 'namespace:prod': { x: 700, y: 700 } });
    store.getState().undo();
    expect(store.getState().positions['namespace:prod']).toEqual({ x: 40, y: 300 });
    expect(store.getState().notice?.text).toBe('Undone: re-laid out the design.');
  });

  it('says nothing for an undone drag', () => {
    const store = placedDesign();
    const notice = store.getState().notice;
    store.getState().setPositions({ 'namespace:prod': { x: 90, y: 90 } });
    store.getState().moved({ 'namespace:prod': { x: 40, y: 300 } });
    store.getState().undo();
    expect(store.getState().positions['namespace:prod']).toEqual({ x: 40, y: 300 });
    expect(store.getState().notice).toBe(notice);
  });

  it('changes nothing when there is nothing to undo or redo', () => {
    const store = createEditorStore({ doc: EMPTY_DOC });
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().notice).toBeNull();
  });
});

describe('when an import is undone before its layout answered, then redone', () => {
  it('asks the layout again for the workloads it brings back without a place', () => {
    const store = placedDesign();
    const imported = generateCluster({ pods: 12, policies: 4, namespaces: 2, seed: 5 });
    store.getState().replaceDoc(imported);
    store.getState().requestLayout('unplaced');
    store.getState().undo();
    // The layout answered for the design shown then, where every node had its place.
    const asked = store.getState().layoutRequest?.id ?? 0;
    store.getState().finishLayout(asked);
    store.getState().redo();
    expect(store.getState().doc).toBe(imported);
    expect(store.getState().layoutRequest).toEqual({ id: asked + 1, scope: 'unplaced' });
  });

  it('asks nothing when what comes back has its places', () => {
    const store = placedDesign();
    const asked = store.getState().layoutRequest;
    store.getState().dispatch({ type: 'renameNamespace', name: 'ns-1', newName: 'shop' });
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().layoutRequest).toBe(asked);
  });
});

describe('when an edit is undone while Expand all waits for its layout', () => {
  it('asks the layout again for every box, not only for the workloads without a place', () => {
    const doc = generateCluster({ pods: 12, policies: 4, namespaces: 2, seed: 5 });
    const store = createEditorStore({ doc });
    const names = doc.namespaces.map((n) => n.name);
    // Opened collapsed: each box placed, small, its workloads without a place.
    store.getState().setCollapsed(names, true);
    store
      .getState()
      .setPositions(
        Object.fromEntries(names.map((name, i) => [`namespace:${name}`, { x: 240 * i, y: 0 }])),
      );
    store.getState().dispatch({ type: 'setTitle', title: 'renamed' });
    // Expand all, then Undo before its layout answered: the boxes, placed as small ones, must
    // be laid out again around their workloads, else the cards pile up in them.
    store.getState().setCollapsed(names, false);
    store.getState().requestLayout('boxes');
    const asked = store.getState().layoutRequest?.id ?? 0;
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().layoutRequest).toEqual({ id: asked + 1, scope: 'boxes' });
  });
});
