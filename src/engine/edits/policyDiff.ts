/**
 * The rule-level edits that turn one version of a policy into another: what
 * the policy form dispatches when its draft is applied, so the drawn-flow
 * marks are kept right (see `rules.ts`) and the draft is one undo step.
 *
 * ```yaml
 * # ingress before: [A, B, C]     after: [C, A, B']
 * # -> setRule ingress[1] = B', moveRule ingress[2] to 0
 * ```
 *
 * A rule equal to one before is that rule (the same index first): it keeps its
 * mark, and moves if it has to. A changed rule is set in place (its mark goes);
 * rules left over are removed, new ones appended.
 */
import type { NetworkPolicy } from '../../model';
import type { PolicyRef } from '../verdict/verdict';
import { dataEqual } from './dataEqual';
import type { DocEdit, PolicyRule, RuleRef } from './types';

import type { Direction } from '../text/direction';

/** For each rule of `next`, the index of the equal rule of `current` it is, if any. */
function sameRules(
  current: readonly PolicyRule[],
  next: readonly PolicyRule[],
): (number | undefined)[] {
  const used = new Set<number>();
  return next.map((rule, j) => {
    const free = (i: number) => !used.has(i) && dataEqual(current[i], rule);
    const i = j < current.length && free(j) ? j : current.findIndex((_, k) => free(k));
    if (i < 0) return undefined;
    used.add(i);
    return i;
  });
}

function ruleListEdits(
  policy: PolicyRef,
  direction: Direction,
  current: readonly PolicyRule[],
  next: readonly PolicyRule[],
): DocEdit[] {
  const at = (ruleIndex: number): RuleRef => ({ policy, direction, ruleIndex });
  const source = sameRules(current, next);
  const matched = new Set(source);
  const freeCurrent = current.map((_, i) => i).filter((i) => !matched.has(i));
  const freeNext = next.map((_, j) => j).filter((j) => source[j] === undefined);
  const changed = Math.min(freeCurrent.length, freeNext.length);
  const edits: DocEdit[] = [];
  for (let k = 0; k < changed; k++) {
    const i = freeCurrent[k] ?? 0;
    const j = freeNext[k] ?? 0;
    edits.push({ type: 'setRule', rule: at(i), value: next[j] ?? {} });
    source[j] = i;
  }
  const removed = freeCurrent.slice(changed);
  for (const i of [...removed].reverse()) edits.push({ type: 'removeRule', rule: at(i) });
  const targetOf = new Map(source.map((i, j) => [i, j]));
  // The index in `next` of each rule, in the order the list has after the edits so far.
  const order = current
    .map((_, i) => i)
    .filter((i) => !removed.includes(i))
    .map((i) => targetOf.get(i) ?? 0);
  for (const j of freeNext.slice(changed)) {
    edits.push({ type: 'addRule', policy, direction, rule: next[j] ?? {} });
    order.push(j);
  }
  for (let t = 0; t < order.length; t++) {
    const p = order.indexOf(t);
    if (p === t) continue;
    edits.push({ type: 'moveRule', rule: at(p), to: t });
    order.splice(p, 1);
    order.splice(t, 0, t);
  }
  return edits;
}

/**
 * The edits that make the policy at `ref`, now `current`, into `next`: its
 * podSelector, policyTypes and rules, then its name. Other metadata is the
 * document's (the drawn-flow marks among it) and is not compared.
 */
export function policyEdits(
  ref: PolicyRef,
  current: NetworkPolicy,
  next: NetworkPolicy,
): DocEdit[] {
  const edits: DocEdit[] = [];
  const { podSelector, policyTypes } = next.spec;
  if (!dataEqual(current.spec.podSelector, podSelector)) {
    edits.push({ type: 'setPodSelector', policy: ref, podSelector });
  }
  if (policyTypes !== undefined && !dataEqual(current.spec.policyTypes, policyTypes)) {
    edits.push({ type: 'setPolicyTypes', policy: ref, policyTypes });
  }
  for (const direction of ['ingress', 'egress'] as const) {
    const rules = ruleListEdits(
      ref,
      direction,
      current.spec[direction] ?? [],
      next.spec[direction] ?? [],
    );
    edits.push(...rules);
  }
  if (next.metadata.name !== current.metadata.name) {
    edits.push({ type: 'renamePolicy', ref, newName: next.metadata.name });
  }
  return edits;
}
