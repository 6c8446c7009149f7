/**
 * What the Delete key does: the edit that removes the selection. A line of
 * the canvas removes every rule behind it: a drawn flow takes back exactly
 * what drawing it wrote; a rule of an imported policy loses the peer that
 * draws the line (removed from the last rule and peer to the first, so that
 * indexes stay right; a rule that loses its last peer goes). A workload
 * inferred from the policies is not in the document and cannot be deleted.
 */
import type { DocEdit, Flow } from '../engine';
import type { EditorState } from './editorState';
import { nodeRefParse } from './ids';
import { selectFlowGroups } from './derived/selectors';

function flowRemovals(flows: readonly Flow[]): DocEdit[] {
  const drawn = new Set<string>();
  const peers: Flow[] = [];
  for (const f of flows) {
    if (f.drawnBy !== null) drawn.add(f.drawnBy);
    else peers.push(f);
  }
  const rulesOf = (f: Flow) =>
    `${f.rule.policy.namespace}/${f.rule.policy.name}/${f.rule.direction}`;
  const ruleKey = (f: Flow) => `${rulesOf(f)}/${f.rule.ruleIndex}`;
  peers.sort(
    (a, b) =>
      rulesOf(a).localeCompare(rulesOf(b)) ||
      b.rule.ruleIndex - a.rule.ruleIndex ||
      (b.peerIndex ?? -1) - (a.peerIndex ?? -1),
  );
  const seen = new Set<string>();
  const peerEdits: DocEdit[] = [];
  for (const f of peers) {
    const key = `${ruleKey(f)}/${f.peerIndex ?? '*'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    peerEdits.push({ type: 'removeRulePeer', rule: f.rule, peerIndex: f.peerIndex });
  }
  return [...peerEdits, ...[...drawn].map((id): DocEdit => ({ type: 'removeFlow', id }))];
}

/** The edit that deletes what is selected, or null when nothing deletable is. */
export function selectionRemoval(state: EditorState): DocEdit | null {
  const { selection } = state;
  if (selection === null) return null;
  if (selection.kind === 'policy') {
    return { type: 'removePolicy', ref: { namespace: selection.namespace, name: selection.name } };
  }
  if (selection.kind === 'flow') {
    const group = selectFlowGroups(state).find((g) => g.id === selection.id);
    if (group === undefined) return null;
    const edits = flowRemovals(group.flows);
    return edits.length === 1 ? (edits[0] ?? null) : { type: 'batch', edits };
  }
  const ref = nodeRefParse(selection.id);
  if (ref === null) return null;
  switch (ref.kind) {
    case 'namespace':
      return { type: 'removeNamespace', name: ref.name };
    case 'workload': {
      // an inferred workload is no part of the document: nothing to remove
      const { namespace, name } = ref;
      const real = state.doc.workloads.some((w) => w.namespace === namespace && w.name === name);
      return real ? { type: 'removeWorkload', namespace, name } : null;
    }
    case 'external':
      return { type: 'removeExternal', name: ref.name };
  }
}
