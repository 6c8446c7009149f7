import { selectHighlightedPods } from '../derived/selectors';
import type { EditorState } from '../editorState';
import { nodeIdOfPod } from '../ids';
import type { FindTarget } from './findMatches';
import { showFoundLabel } from './foundLabel';

/**
 * Picks what Find found: a node is selected and shown in the Inspector, a
 * policy opens in the Policies tab with the pods it selects framed, a label
 * marks and frames the workloads carrying it (`showFoundLabel`; selecting the one when there is
 * one).
 * The camera moves there in every case.
 */
export function showFound(get: () => EditorState, target: FindTarget): void {
  const state = get();
  if (target.kind === 'node') {
    state.selectAndInspect({ kind: 'node', id: target.id });
    state.showOnCanvas([target.id]);
    return;
  }
  if (target.kind === 'nodes') {
    const [only] = target.ids;
    if (target.ids.length === 1 && only !== undefined) {
      state.selectAndInspect({ kind: 'node', id: only });
      state.showOnCanvas(target.ids);
    } else showFoundLabel(get, target.label, target.ids);
    return;
  }
  state.select({ kind: 'policy', namespace: target.namespace, name: target.name });
  state.openPanel('policies');
  const pods = selectHighlightedPods(get()).map(nodeIdOfPod);
  get().showOnCanvas(pods.length > 0 ? pods : [`namespace:${target.namespace}`]);
}

/**
 * A policy picked in the Policies list: the camera moves to the pods it selects (opening the
 * collapsed namespaces they are in) as Find's does, but only when one of them is out of view,
 * and only on the canvas (the matrix stays where the user is).
 */
export function showPickedPolicy(get: () => EditorState): void {
  const state = get();
  if (state.selection?.kind !== 'policy' || state.view !== 'canvas') return;
  const pods = selectHighlightedPods(state).map(nodeIdOfPod);
  state.requestFocus(pods, { unlessInView: true });
}
