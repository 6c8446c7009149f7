/**
 * Which ends of the design each rule of a policy names, as the canvas draws
 * them: for an ingress rule the sources of its lines, for an egress rule their
 * destinations. "What does this policy allow?" then reads in workloads, not
 * only in selectors:
 *
 * ```yaml
 * # prod/db-policy: dev/api carries the same labels, in another namespace
 * ingress: [{from: [{podSelector: {matchLabels: {name: api-pod}}}], ports: [{port: 3306}]}]
 * # In the design: prod/api.
 * ```
 */
import { endLabel, namesJoin } from '../../engine';
import type { Direction, Flow, PolicyRef } from '../../engine';

/** At most this many ends are named, then how many more. */
const NAMED = 5;

/** The ends each rule of `policy` names, keyed by `ruleKey`, in the order of its lines. */
export function rulePeersInDesign(
  flows: readonly Flow[],
  policy: PolicyRef,
): ReadonlyMap<string, readonly string[]> {
  const byRule = new Map<string, Set<string>>();
  for (const flow of flows) {
    const { rule } = flow;
    if (rule.policy.namespace !== policy.namespace || rule.policy.name !== policy.name) continue;
    const key = ruleKey(rule.direction, rule.ruleIndex);
    const ends = byRule.get(key) ?? new Set<string>();
    ends.add(endLabel(rule.direction === 'ingress' ? flow.from : flow.to));
    byRule.set(key, ends);
  }
  return new Map([...byRule].map(([key, ends]) => [key, [...ends]] as const));
}

export function ruleKey(direction: Direction, ruleIndex: number): string {
  return `${direction} ${String(ruleIndex)}`;
}

/** `In the design: prod/api.`; `none` when the rule names nothing the design holds. */
export function rulePeersText(ends: readonly string[] | undefined): string {
  const named = ends === undefined || ends.length === 0 ? 'none' : namesJoin(ends, NAMED);
  return `In the design: ${named}.`;
}
