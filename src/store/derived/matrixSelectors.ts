/**
 * The reachability matrix of the document, memoised by the document's
 * identity (never stored): the nodes and one `buildMatrix` per declared port.
 * Cells are read on demand with `reachCell`, so a view that shows a window of
 * a large matrix only computes what it shows. The matrix filter (view state)
 * picks the rows and columns on show.
 */
import { enforces } from '../../engine';
import type { Doc } from '../../model';
import type { EditorState, MatrixFilter } from '../editorState';
import type { MatrixData, ReachMatrix } from './reachMatrix';
import { reachMatrixOf } from './reachMatrix';
import { memoWeak } from './memoWeak';
import { indexOfDoc, selectIndex, selectTablesShown } from './selectors';
import { selectViewDoc } from './viewDoc';
import { filterAmong, filterIsEmpty, matrixNodesFiltered, namespacesOf } from './tableFilter';

const matrixByDoc = new WeakMap<Doc, ReachMatrix>();

const NO_MATRIX: MatrixData = { nodes: [], ports: [], matrices: new Map() };

const withIndexByData = new WeakMap<MatrixData, WeakMap<Doc, ReachMatrix>>();

/**
 * The worker's matrix with the document compiled on this page, for the cells with an end outside
 * the cluster: compiled when the first such cell is read, not when the matrix is drawn (the
 * dump's 1,000 policies took the Matrix view's opening 130 ms). One per matrix and document.
 */
function withIndexOf(data: MatrixData, state: EditorState): ReachMatrix {
  const doc = selectViewDoc(state);
  let byDoc = withIndexByData.get(data);
  if (byDoc === undefined) {
    byDoc = new WeakMap();
    withIndexByData.set(data, byDoc);
  }
  let matrix = byDoc.get(doc);
  if (matrix === undefined) {
    // What the compiling needs, not the whole state (its history, its tables), which the matrix
    // would otherwise keep for as long as it lives.
    const { evaluator } = state;
    matrix = {
      ...data,
      get index() {
        return indexOfDoc(doc, evaluator);
      },
    };
    byDoc.set(doc, matrix);
  }
  return matrix;
}

/**
 * The matrix: the derivation worker's (`selectTablesShown`), or computed here without
 * a worker. Cells with an end outside the cluster are checked on demand with
 * the document compiled on this page (`reachCell`).
 */
export function selectReachMatrix(state: EditorState): ReachMatrix {
  const { derived } = state;
  let matrix: ReachMatrix | undefined;
  if (derived !== null) {
    matrix = withIndexOf(selectTablesShown(state)?.matrix ?? NO_MATRIX, state);
  } else {
    const doc = selectViewDoc(state);
    matrix = matrixByDoc.get(doc);
    if (matrix === undefined) {
      matrix = reachMatrixOf(doc, selectIndex(state));
      matrixByDoc.set(doc, matrix);
    }
  }
  return enforces(state.networkPlugin) ? matrix : unenforcedOf(matrix);
}

/** The matrix as it gets through when the network plugin does not enforce the policies. */
const unenforcedOf = memoWeak((matrix: ReachMatrix): ReachMatrix => ({
  nodes: matrix.nodes,
  ports: matrix.ports,
  matrices: matrix.matrices,
  get index() {
    return matrix.index;
  },
  enforced: false,
}));

/** The rows and columns on show (indexes into the matrix's nodes) under the matrix filter. */
export interface MatrixView {
  readonly matrix: ReachMatrix;
  /** The filter as it applies (a namespace no longer in the matrix filters nothing). */
  readonly filter: MatrixFilter;
  /** The namespaces of the matrix's workloads, in the matrix's order: the namespace filter's choices. */
  readonly namespaces: readonly string[];
  readonly rows: readonly number[];
  readonly cols: readonly number[];
}

const viewByMatrix = new WeakMap<ReachMatrix, { filter: MatrixFilter; view: MatrixView }>();

/** The matrix under the filter, memoised by the matrix and the filter. */
export function selectMatrixView(state: EditorState): MatrixView {
  const matrix = selectReachMatrix(state);
  const cached = viewByMatrix.get(matrix);
  if (cached?.filter === state.matrixFilter) return cached.view;
  const view = matrixViewOf(matrix, state.matrixFilter);
  viewByMatrix.set(matrix, { filter: state.matrixFilter, view });
  return view;
}

function matrixViewOf(matrix: ReachMatrix, wanted: MatrixFilter): MatrixView {
  const namespaces = namespacesOf(matrix.nodes.map((n) => n.namespace));
  const filter = filterAmong(wanted, namespaces);
  const all = matrix.nodes.map((_, i) => i);
  const kept = filterIsEmpty(filter) ? all : matrixNodesFiltered(matrix.nodes, filter);
  return {
    matrix,
    filter,
    namespaces,
    rows: filter.axes === 'columns' ? all : kept,
    cols: filter.axes === 'rows' ? all : kept,
  };
}
