import { selectHighlightedPods } from '../derived/selectors';
import { selectPolicyPeers } from '../derived/policyPeers';
import { collapsedHolding } from '../collapse/collapsedNamespaces';
import type { EditorState } from '../editorState';
import { collapsedBoxIdOf, namespaceBoxOf, nodeIdOfPod } from '../ids';
import type { FindTarget } from './findMatches';
import { showFoundLabel } from './foundLabel';

/**
 * Picks what Find found: a node is selected and shown in the Inspector, a
 * policy opens in the Policies tab with the pods it selects framed, a label
 * marks and frames the workloads carrying it (`showFoundLabel`; selecting the one when there is
 * one).
 * The camera moves there in every case, but for one card the user already sees whole, readable.
 */
export function showFound(get: () => EditorState, target: FindTarget): void {
  const state = get();
  const single =
    target.kind === 'node'
      ? target.id
      : target.kind === 'nodes' && target.ids.length === 1
        ? target.ids[0]
        : undefined;
  if (single !== undefined) {
    state.selectAndInspect({ kind: 'node', id: single });
    // A card the user already sees whole, readable, stays where it is: re-centred on it, the
    // camera pushed its neighbour off screen (the gardener pair: namespace b cut at the edge).
    state.showOnCanvas([single], { unlessInView: true });
    return;
  }
  if (target.kind !== 'policy') {
    if (target.kind === 'nodes') showFoundLabel(get, target.label, target.ids);
    return;
  }
  state.select({ kind: 'policy', namespace: target.namespace, name: target.name });
  state.openPanel('policies');
  const pods = selectHighlightedPods(get()).map(nodeIdOfPod);
  get().showOnCanvas(pods.length > 0 ? pods : [`namespace:${target.namespace}`]);
}

/**
 * A policy picked in the Policies list: the camera moves to the pods it selects (opening the
 * collapsed namespaces they are in) as Find's does, and to the peers its rules name, those in
 * a collapsed box by their box (which says how many it holds: `selectPeersInBox`), but only
 * when one of them is out of view, and only on the canvas (the matrix stays where the user is).
 */
export function showPickedPolicy(get: () => EditorState): void {
  const state = get();
  if (state.selection?.kind !== 'policy' || state.view !== 'canvas') return;
  const pods = selectHighlightedPods(state).map(nodeIdOfPod);
  const peers = selectPolicyPeers(state);
  const boxesOf = (ids: readonly string[]) =>
    new Set(collapsedHolding(state.collapsed, ids).map(collapsedBoxIdOf));
  const opening = boxesOf(pods);
  const closed = boxesOf(peers);
  const boxOf = (id: string) => {
    const box = namespaceBoxOf(id);
    return box !== null && closed.has(box) && !opening.has(box) ? box : null;
  };
  const peersFramed = peers.map((id) => boxOf(id) ?? id);
  const boxed = peers.some((id) => boxOf(id) !== null);
  const framed = [...new Set([...pods, ...peersFramed])];
  // Boxes far apart are framed whole, as far out as it takes, as Find's matches are.
  state.requestFocus(framed, { unlessInView: true, ...(boxed ? { opened: true } : {}) });
}
