import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../createEditorStore';
import type { DrawnBox, EditorState, PlacesDrawn } from '../editorState';
import { nodeIdOf } from '../ids';

/**
 * A canvas that draws as the real one does where nothing is stored: each namespace's cards in a
 * row in their box (by their order), its box as wide as its cards, and the boxes side by side
 * (by their order). A node's stored place wins.
 */
const rows: PlacesDrawn = (s: EditorState) => {
  const boxes: Record<string, DrawnBox> = {};
  let x = 0;
  for (const ns of s.doc.namespaces) {
    const id = nodeIdOf({ kind: 'namespace', name: ns.name });
    const cards = s.doc.workloads.filter((w) => w.namespace === ns.name);
    cards.forEach((w, i) => {
      const card = nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name });
      boxes[card] = {
        x: 20 + i * 120,
        y: 40,
        width: 100,
        height: 60,
        parent: id,
        ...s.positions[card],
      };
    });
    const width = 60 + cards.length * 120;
    boxes[id] = { x, y: 0, width, height: 120, ...s.positions[id] };
    x += width + 50;
  }
  return boxes;
};

const at = ({ x, y }: DrawnBox) => ({ x, y });

function drawnDesign() {
  const store = createEditorStore({ doc: threeTierCluster([]), placesDrawn: rows });
  const drawn = () => rows(store.getState());
  return { store, drawn };
}

describe('when a node of a design without stored places is deleted', () => {
  it('leaves every other card and box where it was drawn; undo brings it back where it was', () => {
    const { store, drawn } = drawnDesign();
    const before = drawn();
    store.getState().dispatch({ type: 'removeWorkload', namespace: 'prod', name: 'web' });
    const after = drawn();
    expect(after['workload:prod/web']).toBeUndefined();
    for (const [id, box] of Object.entries(after)) expect(at(box), id).toEqual(at(before[id]!));

    store.getState().undo();
    expect(drawn()).toEqual(before);
    // Nothing stored that was not: the design is drawn as before the edit.
    expect(store.getState().positions).toEqual({});
    store.getState().redo();
    expect(drawn()).toEqual(after);
  });

  it('keeps the places of a namespace emptied of its last workload and of those beside it', () => {
    const { store, drawn } = drawnDesign();
    const before = drawn();
    store.getState().dispatch({ type: 'removeWorkload', namespace: 'dev', name: 'api' });
    const after = drawn();
    for (const [id, box] of Object.entries(after)) expect(at(box), id).toEqual(at(before[id]!));
  });
});

describe('when a node is added to a design without stored places', () => {
  it('places only the new one, and moves the boxes its larger box would cover off it', () => {
    const { store, drawn } = drawnDesign();
    const before = drawn();
    store.getState().dispatch({
      type: 'addWorkload',
      workload: {
        namespace: 'prod',
        name: 'cache',
        kind: 'Deployment',
        labels: {},
        ports: [],
        ips: [],
      },
    });
    const after = drawn();
    expect(after['workload:prod/cache']).toBeDefined();
    expect(at(after['namespace:prod']!)).toEqual(at(before['namespace:prod']!));
    expect(at(after['workload:prod/web']!)).toEqual(at(before['workload:prod/web']!));
    // prod grew right: the box beside it moved right, clear of it.
    const prod = after['namespace:prod']!;
    expect(after['namespace:dev']!.x).toBeGreaterThanOrEqual(prod.x + prod.width);
    expect(after['namespace:dev']!.y).toBe(before['namespace:dev']!.y);
  });
});

describe('when a node is moved by hand', () => {
  it('leaves the nodes it was drawn beside where they were', () => {
    const { store, drawn } = drawnDesign();
    const before = drawn();
    store.getState().setPositions({ 'namespace:prod': { x: 0, y: 600 } });
    const after = drawn();
    for (const [id, box] of Object.entries(after)) {
      if (id !== 'namespace:prod') expect(at(box), id).toEqual(at(before[id]!));
    }
  });
});

describe('while the automatic layout is on its way', () => {
  it('keeps no place: its nodes are not drawn yet, the layout places them', () => {
    const { store } = drawnDesign();
    store.getState().requestLayout('unplaced');
    store.getState().dispatch({ type: 'removeWorkload', namespace: 'prod', name: 'web' });
    expect(store.getState().positions).toEqual({});
  });
});
