/**
 * One click on a row of the Compare panel: the camera moves to the connection
 * and its line is selected (a workload's connection to itself selects the
 * workload). The panel stays open.
 */
import type { DiffRow } from '../../engine';
import type { EditorState, Selection } from '../../store';
import { edgeIdOf, nodeIdOfPod } from '../../store';

/** What a row selects: the line from its source to its destination, or the workload itself. */
export function compareRowSelection(row: Pick<DiffRow, 'from' | 'to'>): Selection {
  const source = nodeIdOfPod(row.from);
  const target = nodeIdOfPod(row.to);
  if (source === target) return { kind: 'node', id: source };
  return { kind: 'flow', id: edgeIdOf(source, target), focus: null };
}

export function compareRowShow(state: EditorState, row: Pick<DiffRow, 'from' | 'to'>): void {
  const source = nodeIdOfPod(row.from);
  const target = nodeIdOfPod(row.to);
  if (state.view !== 'canvas') state.showView('canvas');
  state.select(compareRowSelection(row));
  state.requestFocus(source === target ? [source] : [source, target]);
}
