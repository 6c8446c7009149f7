/**
 * The edges of the canvas, derived from the policies' rules (never stored):
 * an imported document shows its flows without anyone drawing them.
 *
 * For every rule of a policy that isolates that direction, and every peer of
 * the rule, the edges it stands for: an ingress rule's peer → each node the
 * policy selects; an egress rule: each selected node → the peer's nodes (see
 * `flowEnds.ts` for how broad peers stay a few edges). Each edge carries the
 * rule behind it, the ports it allows, and its verdict: the rule allows its
 * own side, but the other side may still block it (the source's egress
 * isolation, the destination's ingress isolation), and then it is drawn red.
 *
 * Rules of a direction the policy does not isolate (`policyTypes` lacks it)
 * have no effect and draw nothing.
 */
import type {
  Doc,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPort,
} from '../../model';
import type { FlowEnd, RuleRef } from '../edits/types';
import { policyRefOf } from '../edits/docParts';
import {
  endKey,
  endsByNamespace,
  endsKey,
  FLOW_EXPANSION_LIMIT,
  peerEnds,
  selectedEnds,
} from './ends';
import { flowMarksOf, markOfRule } from './marks';
import type { FlowCheck, FlowStatus, FlowVerdict } from './verdict';
import type { PolicyIndex } from '../compile/policyIndex';
import { selectorIsEmpty } from '../match/selector';
import { createFlowVerdicts } from './flowVerdicts';
import type { FlowVerdicts } from './flowVerdicts';

export interface Flow {
  /** `<ns>/<policy>:<direction>[<rule>].<peer or *>:<from>><to>`, stable across edits of other policies. */
  readonly id: string;
  readonly from: FlowEnd;
  readonly to: FlowEnd;
  /** The rule the edge comes from. */
  readonly rule: RuleRef;
  /** Index into `from`/`to` of the rule; null for a rule without peers. */
  readonly peerIndex: number | null;
  /** The rule's ports as written; empty: every port. */
  readonly ports: readonly NetworkPolicyPort[];
  readonly status: FlowStatus;
  /** The ports that get through end to end between its ends (`FlowVerdict`): its label. */
  readonly allowedPorts: FlowVerdict['allowedPorts'];
  /** One line for the tooltip. */
  readonly reason: string;
  /** A checked connection (blocked if any is): hand `sample.verdict` to `explainVerdict`. */
  readonly sample: FlowCheck | null;
  /**
   * The id of the drawn flow that wrote the rule, unchanged since (remove it
   * with `removeFlow`); null for any other rule (remove its peer with `removeRulePeer`).
   */
  readonly drawnBy: string | null;
}

/** Both sides expanded, or grouped by namespace when one peer would draw too many edges. */
function edgeEnds(peerSide: FlowEnd[], policySide: FlowEnd[]): [FlowEnd[], FlowEnd[]] {
  if (peerSide.length * policySide.length <= FLOW_EXPANSION_LIMIT) return [peerSide, policySide];
  const peers = endsByNamespace(peerSide);
  if (peers.length * policySide.length <= FLOW_EXPANSION_LIMIT) return [peers, policySide];
  return [peers, endsByNamespace(policySide)];
}

/** `rule.from` or `rule.to`, whichever the rule has. */
export function peersOf(rule: NetworkPolicyIngressRule | NetworkPolicyEgressRule | undefined) {
  if (rule === undefined) return [];
  return ('from' in rule ? rule.from : 'to' in rule ? rule.to : undefined) ?? [];
}

/**
 * The lines of `doc`. `verdicts`, kept from one document to the next (the
 * derivation worker's), lends each line the verdict it had while nothing it reads changed.
 */
export function deriveFlows(
  doc: Doc,
  index: PolicyIndex,
  verdicts: FlowVerdicts = createFlowVerdicts(),
): Flow[] {
  const flows: Flow[] = [];
  const verdictOf = verdicts.of(doc, index);
  doc.policies.forEach((policy, p) => {
    const compiled = index.policies[p];
    if (compiled === undefined) return;
    const ref = policyRefOf(policy);
    const emptySelector = selectorIsEmpty(policy.spec.podSelector);
    const selected = selectedEnds(doc, index, ref.namespace, emptySelector, compiled.selected);
    if (selected.length === 0) return;
    const marks = flowMarksOf(policy);
    for (const direction of ['ingress', 'egress'] as const) {
      compiled[direction]?.forEach((rule, ruleIndex) => {
        const written = policy.spec[direction]?.[ruleIndex];
        const peers = peersOf(written);
        const ports = written?.ports ?? [];
        // A drawn rule the user changed since is theirs: removeFlow would leave it.
        const mark =
          written === undefined ? undefined : markOfRule(marks, direction, ruleIndex, written);
        const ruleRef: RuleRef = { policy: ref, direction, ruleIndex };
        const peerIndexes = rule.peers === null ? [null] : rule.peers.map((_, i) => i);
        for (const peerIndex of peerIndexes) {
          const compiledPeer = peerIndex === null ? undefined : rule.peers?.[peerIndex];
          const peer = peerIndex === null ? undefined : peers[peerIndex];
          const others = peerEnds(doc, index, ref.namespace, peer, compiledPeer);
          const peerPods = compiledPeer?.kind === 'pods' ? compiledPeer.pods : null;
          const [peerSide, policySide] = edgeEnds(others, selected);
          for (const a of peerSide) {
            for (const b of policySide) {
              const ingress = direction === 'ingress';
              const [from, to] = ingress ? [a, b] : [b, a];
              if (endKey(from) === endKey(to) && from.kind === 'workload') continue;
              const [fromPods, toPods] = ingress
                ? [peerPods, compiled.selected]
                : [compiled.selected, peerPods];
              flows.push({
                id: `${ref.namespace}/${ref.name}:${direction}[${ruleIndex}].${peerIndex ?? '*'}:${endsKey(from, to)}`,
                from,
                to,
                rule: ruleRef,
                peerIndex,
                ports,
                ...verdictOf(from, to, ports, fromPods, toPods),
                drawnBy: mark?.flow ?? null,
              });
            }
          }
        }
      });
    }
  });
  return flows;
}
