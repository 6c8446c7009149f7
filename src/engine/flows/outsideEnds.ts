/**
 * The ends of lines outside the cluster that no node of the model stands for: "anywhere" (a rule
 * without peers) and each IP block (an `ipBlock` peer no external endpoint covers whole), as
 * `deriveFlows` draws them, each once. The canvas draws each as a card of its own; these are the
 * cards a workload's paths can also run to (`pathsOf`).
 */
import type { Doc } from '../../model';
import type { FlowEnd } from '../edits/types';
import type { PolicyIndex } from '../compile/policyIndex';
import { selectorIsEmpty } from '../match/selector';
import { endKey, peerEnds, selectedEnds } from './ends';
import { peersOf } from './derive';

export function outsideEnds(doc: Doc, index: PolicyIndex): FlowEnd[] {
  const ends = new Map<string, FlowEnd>();
  const keep = (end: FlowEnd) => {
    if (end.kind === 'any' || end.kind === 'ipBlock') ends.set(endKey(end), end);
  };
  doc.policies.forEach((policy, p) => {
    const compiled = index.policies[p];
    if (compiled === undefined) return;
    const { namespace } = compiled.ref;
    const empty = selectorIsEmpty(policy.spec.podSelector);
    // A policy that selects nothing draws no line, so no card at its rules' other ends.
    if (selectedEnds(doc, index, namespace, empty, compiled.selected).length === 0) return;
    for (const direction of ['ingress', 'egress'] as const) {
      compiled[direction]?.forEach((rule, r) => {
        if (rule.peers === null) {
          keep({ kind: 'any' });
          return;
        }
        const written = peersOf(policy.spec[direction]?.[r]);
        rule.peers.forEach((peer, i) => {
          if (peer.kind !== 'ipBlock') return;
          peerEnds(doc, index, namespace, written[i], peer).forEach(keep);
        });
      });
    }
  });
  return [...ends.values()];
}
