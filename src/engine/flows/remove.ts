/**
 * Removing a drawn flow removes exactly what drawing it added, read from the
 * marks the flow left on the policies (`flowMarks.ts`): each rule it
 * appended, the rule list when it created it, and the policy when it created
 * it and nothing else is left in it. A rule the user changed since (its hash
 * differs and no identical rule is found) is left alone: the user's edit wins;
 * only the mark goes.
 */
import type { Doc, NetworkPolicy, NetworkPolicySpec } from '../../model';
import type { FlowEnd } from '../edits/types';
import { endKey, endsKeyTouches } from './ends';
import { flagsHandedOn, flowMarksOf, policyWithMarks, ruleHash } from './marks';
import type { FlowMark } from './marks';

/** The policy without what `mark` recorded; null when the policy itself goes. */
function markUndo(
  policy: NetworkPolicy,
  marks: readonly FlowMark[],
  at: number,
): NetworkPolicy | null {
  const mark = marks[at];
  if (mark === undefined) return policy;
  const { direction } = mark;
  const rules = policy.spec[direction] ?? [];
  const atMark = rules[mark.rule];
  const index =
    atMark !== undefined && ruleHash(atMark) === mark.hash
      ? mark.rule
      : rules.findIndex((r) => ruleHash(r) === mark.hash);
  let others = marks.filter((_, i) => i !== at);
  let spec: NetworkPolicySpec = policy.spec;
  if (index >= 0) {
    const kept = rules.filter((_, i) => i !== index);
    others = others.map((m) =>
      m.direction === direction && m.rule > index ? { ...m, rule: m.rule - 1 } : m,
    );
    if (kept.length === 0 && mark.absent === true) {
      const { [direction]: _gone, ...rest } = spec;
      spec = rest;
    } else {
      spec = { ...spec, [direction]: kept };
    }
  }
  const listGone = spec[direction] === undefined;
  const empty = (spec.ingress ?? []).length === 0 && (spec.egress ?? []).length === 0;
  if (mark.created === true && empty && others.length === 0) return null;
  const heirs = flagsHandedOn(others, mark, listGone, true);
  return policyWithMarks({ ...policy, spec }, heirs);
}

export function flowRemove(doc: Doc, id: string): Doc {
  let changed = false;
  const policies: NetworkPolicy[] = [];
  for (const policy of doc.policies) {
    let current: NetworkPolicy | null = policy;
    for (;;) {
      const marks = flowMarksOf(current);
      const at = marks.findIndex((m) => m.flow === id);
      if (at < 0) break;
      changed = true;
      current = markUndo(current, marks, at);
      if (current === null) break;
    }
    if (current !== null) policies.push(current);
  }
  return changed ? { ...doc, policies } : doc;
}

/** The ids of every drawn flow whose marks are in the document, in order of appearance. */
export function drawnFlowIds(doc: Doc): string[] {
  return [...new Set(doc.policies.flatMap((p) => flowMarksOf(p).map((m) => m.flow)))];
}

/**
 * The drawn flows that start or end at `end`, read from their ids
 * (`<from>><to> <ports>`): what to remove with a node, as one batch:
 * `{type: 'batch', edits: [...ids.map((id) => ({type: 'removeFlow', id})), {type: 'removeWorkload', …}]}`.
 */
export function drawnFlowsTouching(doc: Doc, end: FlowEnd): string[] {
  const key = endKey(end);
  return drawnFlowIds(doc).filter((id) => {
    const base = id.replace(/#\d+$/, '');
    const ends = base.slice(0, base.lastIndexOf(' '));
    return endsKeyTouches(ends, key);
  });
}
