import { describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { createEditorStore } from '../createEditorStore';
import type { EditorStore } from '../createEditorStore';
import { NOTHING_DERIVED } from '../editorState';
import { deriveTables } from './derive';
import { selectFindingCounts, selectFindings } from './findingsSelectors';
import { selectReachMatrix } from './matrixSelectors';
import { selectIndex, selectTablesCurrent } from './selectors';

const designA = generateCluster({ pods: 12, policies: 6, namespaces: 2, seed: 4 });
const designB = generateCluster({ pods: 9, policies: 4, namespaces: 3, seed: 7 });

/** The worker's findings and matrix of the document on show, taken in. */
function tablesIn(store: EditorStore): void {
  const state = store.getState();
  const tables = { ...deriveTables(state.doc, selectIndex(state)), doc: state.doc };
  state.setDerived({ ...(state.derived ?? NOTHING_DERIVED), tables });
}

/** A store derived by a worker, with design A's findings and matrix in. */
function designAIn(): EditorStore {
  const store = createEditorStore({ doc: designA });
  store.getState().setDerived(NOTHING_DERIVED);
  tablesIn(store);
  expect(selectFindings(store.getState()).length).toBeGreaterThan(0);
  return store;
}

/** What the Findings panel, the canvas badges and the Matrix have to show. */
function onShow(store: EditorStore) {
  const state = store.getState();
  return {
    findings: selectFindings(state).length,
    counted: selectFindingCounts(state).size,
    matrix: selectReachMatrix(state).nodes.length,
  };
}

const NOTHING = { findings: 0, counted: 0, matrix: 0 };

describe('while the findings and matrix of the document on show are worked out', () => {
  it('shows none of another design’s after it is opened over the one on show', () => {
    const store = designAIn();
    store.getState().replaceDoc(designB);
    expect(selectTablesCurrent(store.getState())).toBe(false);
    expect(onShow(store)).toEqual(NOTHING);
    tablesIn(store);
    expect(onShow(store).matrix).toBe(designB.workloads.length);
  });

  it('keeps showing those from before an edit of the same design, step after step', () => {
    const store = designAIn();
    const before = onShow(store);
    const [policy] = designA.policies;
    if (policy === undefined) throw new Error('the design has policies');
    const { namespace, name } = policy.metadata;
    store.getState().dispatch({ type: 'removePolicy', ref: { namespace, name } });
    store.getState().dispatch({ type: 'setTitle', title: 'Shop' });
    expect(selectTablesCurrent(store.getState())).toBe(false);
    expect(onShow(store)).toEqual(before);
  });

  it('shows none of the design replaced when an undo takes an edit back into it', () => {
    const store = designAIn();
    store.getState().replaceDoc(designB);
    tablesIn(store);
    store.getState().dispatch({ type: 'setTitle', title: 'B, renamed' });
    store.getState().undo(); // B: its own tables
    store.getState().undo(); // A, whose tables the worker sends again (the page keeps B's)
    expect(store.getState().doc).toBe(designA);
    expect(onShow(store)).toEqual(NOTHING);
  });

  it('shows none of the design before an import when a redo brings the import back', () => {
    const store = designAIn();
    store.getState().replaceDoc(designB);
    store.getState().undo();
    tablesIn(store); // A's again
    store.getState().redo();
    expect(store.getState().doc).toBe(designB);
    expect(onShow(store)).toEqual(NOTHING);
  });

  it('shows none of a design opened over it that another store’s user made by editing it', () => {
    const editing = designAIn();
    editing.getState().dispatch({ type: 'setTitle', title: 'A, renamed elsewhere' });
    const renamed = editing.getState().doc;
    expect(onShow(editing).findings).toBeGreaterThan(0); // the same design in that store
    const store = designAIn(); // a second canvas of the page (a lesson's, say), on A as well
    store.getState().replaceDoc(renamed);
    expect(onShow(store)).toEqual(NOTHING);
  });
});
