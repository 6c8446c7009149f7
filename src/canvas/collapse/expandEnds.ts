import { OUTSIDE_GROUP_ID, nodeRefParse } from '../../store';
import type { EditorState } from '../../store';

/**
 * Opens the collapsed namespaces among `ids` (node ids of a double-clicked
 * box, or of a summary line's ends), and the group outside the cluster, and moves the camera to them once they
 * are laid out, framed whole.
 */
export function expandEnds(state: EditorState, ids: readonly string[]): void {
  const closed = new Set(state.collapsed);
  const names = ids.flatMap((id) => {
    if (id === OUTSIDE_GROUP_ID) return closed.has(id) ? [id] : [];
    const ref = nodeRefParse(id);
    return ref?.kind === 'namespace' && closed.has(ref.name) ? [ref.name] : [];
  });
  if (names.length === 0) return;
  state.collapseStep(names, false);
  // Framed whole: a wide box (a dump's 28 IP blocks) is cut at the readable zoom of Find.
  state.requestFocus(ids, { opened: true });
}
