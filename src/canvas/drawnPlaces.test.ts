import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../engine/__fixtures__/clusters/threeTier';
import { createEditorStore, nodeIdOf } from '../store';
import { boxesDrawnOf, drawnPlaces } from './drawnPlaces';
import { toFlowNodes } from './toFlowNodes';

const doc = threeTierCluster([]);

describe('the places of a design as the canvas draws it', () => {
  it('gives every box, card and endpoint the place it is drawn at, none stored', () => {
    const places = drawnPlaces(doc, {}, []);
    const drawn = toFlowNodes({
      doc,
      positions: {},
      isolation: new Map(),
      highlighted: new Set(),
      selectedId: null,
    });
    const ids: string[] = [
      ...doc.namespaces.map((n) => nodeIdOf({ kind: 'namespace', name: n.name })),
      ...doc.workloads.map((w) =>
        nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name }),
      ),
      ...doc.externals.map((e) => nodeIdOf({ kind: 'external', name: e.name })),
    ];
    expect(Object.keys(places).sort()).toEqual(ids.sort());
    for (const node of drawn.filter((n) => ids.includes(n.id))) {
      expect(places[node.id], node.id).toEqual(node.position);
    }
  });

  it('keeps the places stored, and the others drawn around them', () => {
    const stored = { 'namespace:dev': { x: 900, y: 600 }, 'workload:prod/db': { x: 20, y: 300 } };
    const places = drawnPlaces(doc, stored, []);
    expect(places).toMatchObject(stored);
    expect(places['namespace:prod']).toBeDefined();
  });

  it('leaves out the workloads of a collapsed namespace: they are not drawn', () => {
    const places = drawnPlaces(doc, { 'namespace:prod': { x: 0, y: 0 } }, ['prod']);
    expect(places['namespace:prod']).toEqual({ x: 0, y: 0 });
    expect(places['workload:prod/web']).toBeUndefined();
  });
});

describe('an edit of a design drawn without stored places', () => {
  const placesOf = (boxes: ReturnType<typeof boxesDrawnOf>) =>
    Object.fromEntries(Object.entries(boxes).map(([id, { x, y }]) => [id, { x, y }]));

  it('moves no other card or box: deleting web leaves dev where it was drawn', () => {
    const store = createEditorStore({ doc, placesDrawn: boxesDrawnOf });
    const before = placesOf(boxesDrawnOf(store.getState()));
    store.getState().dispatch({ type: 'removeWorkload', namespace: 'prod', name: 'web' });
    const after = placesOf(boxesDrawnOf(store.getState()));
    const { 'workload:prod/web': _deleted, ...others } = before;
    expect(after).toEqual(others);
  });
});
