import { describe, expect, it, vi } from 'vitest';
import { compilePolicies } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import type { Doc } from '../../model';
import { createEditorStore } from '../createEditorStore';
import { NOTHING_DERIVED } from '../editorState';
import { deriveTables } from './derive';
import { reachCell } from './reachCell';
import { selectReachMatrix } from './matrixSelectors';

describe("the worker's matrix on the page", () => {
  /** A design of its own for each test (the compiled designs are kept by document). */
  const design = (): Doc => ({
    ...generateCluster({ pods: 30, policies: 12, namespaces: 3, seed: 8 }),
    externals: [{ name: 'backup', cidr: '192.168.5.10', ports: [{ port: 80, protocol: 'TCP' }] }],
  });

  /** A store whose worker has sent `doc`'s findings and matrix; `compile` spies on its evaluator. */
  function tablesIn(networkPlugin?: 'flannel') {
    const doc = design();
    const store = createEditorStore({ doc });
    const tables = { ...deriveTables(doc, compilePolicies(doc)), doc };
    store.getState().setDerived({ ...NOTHING_DERIVED, tables });
    if (networkPlugin !== undefined) store.getState().setNetworkPlugin(networkPlugin);
    const compile = vi.spyOn(store.getState().evaluator, 'compile');
    return { store, compile };
  }

  it('is drawn without compiling the design here, which waits for a cell with an end outside', () => {
    const { store, compile } = tablesIn();
    const matrix = selectReachMatrix(store.getState());
    const inside = matrix.nodes.findIndex((n) => n.pod !== null);
    reachCell(matrix, inside, inside + 1, null);
    expect(compile).not.toHaveBeenCalled();
    expect(selectReachMatrix(store.getState())).toBe(matrix);
    const outside = matrix.nodes.findIndex((n) => n.pod === null);
    expect(outside).toBeGreaterThan(-1);
    reachCell(matrix, inside, outside, null);
    expect(compile).toHaveBeenCalledTimes(1);
    reachCell(matrix, outside, inside, null);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('is drawn without compiling the design when the network plugin does not enforce policies', () => {
    const { store, compile } = tablesIn('flannel');
    const matrix = selectReachMatrix(store.getState());
    expect(matrix.enforced).toBe(false);
    expect(matrix.nodes.length).toBeGreaterThan(0);
    expect(compile).not.toHaveBeenCalled();
  });
});
