/**
 * What opening a line does, by click or by Enter: a summary line opens the
 * collapsed namespaces at its ends, where its lines can be read; any other
 * line shows its explanation in the Inspector.
 */
import { selectFocusId } from '../store';
import type { EditorState } from '../store';
import { expandEnds } from './collapse/expandEnds';
import type { FlowEdge } from './reactFlowTypes';

export function openLine(
  state: EditorState,
  edge: Pick<FlowEdge, 'id' | 'source' | 'target' | 'data'>,
): void {
  if (edge.data?.summary === true) {
    expandEnds(state, [edge.source, edge.target]);
    return;
  }
  state.selectAndInspect({ kind: 'flow', id: edge.id, focus: selectFocusId(state) });
}
