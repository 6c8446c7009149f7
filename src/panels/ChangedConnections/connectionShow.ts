/**
 * One click on a changed connection (the Compare tab's, a deletion preview's): the camera
 * moves to it and its line is selected (a workload's connection to itself selects the
 * workload). The panel the row is in stays open.
 */
import type { DiffRow } from '../../engine';
import type { EditorState, Selection } from '../../store';
import { edgeIdOf, edgeIdParse, nodeIdOfPod, nodeRefParse } from '../../store';

type Pair = Pick<DiffRow, 'from' | 'to'>;

/** `prod/web>prod/db`: the rows of one source and destination share it. */
export function connectionKey(row: Pair): string {
  return `${row.from}>${row.to}`;
}

/** What a row selects: the line from its source to its destination, or the workload itself. */
export function connectionSelection(row: Pair): Selection {
  const source = nodeIdOfPod(row.from);
  const target = nodeIdOfPod(row.to);
  if (source === target) return { kind: 'node', id: source };
  return { kind: 'flow', id: edgeIdOf(source, target), focus: null };
}

/** `ns/name` of a workload node's id, or null. */
function podOf(id: string): string | null {
  const ref = nodeRefParse(id);
  return ref?.kind === 'workload' ? `${ref.namespace}/${ref.name}` : null;
}

/** The selection as a row's `connectionKey` (a workload: to itself), or null: the row it shows. */
export function connectionKeyOfSelection(selection: Selection): string | null {
  if (selection?.kind === 'node') {
    const pod = podOf(selection.id);
    return pod === null ? null : `${pod}>${pod}`;
  }
  const ends = selection?.kind === 'flow' ? edgeIdParse(selection.id) : null;
  if (ends === null) return null;
  const from = podOf(ends.source);
  const to = podOf(ends.target);
  return from === null || to === null ? null : `${from}>${to}`;
}

export function connectionShow(state: EditorState, row: Pair): void {
  const source = nodeIdOfPod(row.from);
  const target = nodeIdOfPod(row.to);
  state.select(connectionSelection(row));
  state.showOnCanvas(source === target ? [source] : [source, target]);
}
