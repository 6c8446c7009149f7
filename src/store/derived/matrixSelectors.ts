/**
 * The reachability matrix of the document, memoised by the document's
 * identity (never stored): the nodes and one `buildMatrix` per declared port.
 * Cells are read on demand with `reachCell`, so a view that shows a window of
 * a large matrix only computes what it shows.
 */
import { enforces } from '../../engine';
import type { Doc } from '../../model';
import type { EditorState } from '../editorState';
import type { ReachMatrix } from './reachMatrix';
import { reachMatrixOf } from './reachMatrix';
import { memoWeak } from './memoWeak';
import { selectIndex } from './selectors';

const matrixByDoc = new WeakMap<Doc, ReachMatrix>();

export function selectReachMatrix(state: EditorState): ReachMatrix {
  let matrix = matrixByDoc.get(state.doc);
  if (matrix === undefined) {
    matrix = reachMatrixOf(state.doc, selectIndex(state));
    matrixByDoc.set(state.doc, matrix);
  }
  return enforces(state.networkPlugin) ? matrix : unenforcedOf(matrix);
}

/** The matrix as it gets through when the network plugin does not enforce the policies. */
const unenforcedOf = memoWeak((matrix: ReachMatrix): ReachMatrix => ({
  ...matrix,
  enforced: false,
}));
