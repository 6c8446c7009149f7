/**
 * Small pieces the findings share: subjects, paths into a policy, and lists
 * of names in a sentence.
 */
import type { NetworkPolicyPeer, Workload } from '../../model';
import { bitsetIndexes } from '../match/bitset';
import type { FindingSubject } from './types';
import type { PolicyIndex } from '../compile/policyIndex';
import type { PolicyRef } from '../verdict/verdict';

export type Direction = 'ingress' | 'egress';

export function workloadSubject(w: Workload): FindingSubject {
  return { kind: 'workload', namespace: w.namespace, name: w.name };
}

/** The workloads policy `p` selects (where a finding about one of its rules shows on the canvas). */
export function selectedSubjects(index: PolicyIndex, p: number): FindingSubject[] {
  const selected = index.policies[p]?.selected;
  if (selected === undefined) return [];
  return bitsetIndexes(selected).flatMap((pod) => {
    const w = index.cluster.workloads[pod];
    return w === undefined ? [] : [workloadSubject(w)];
  });
}

export function policySubject(ref: PolicyRef, path?: string): FindingSubject {
  return path === undefined
    ? { kind: 'policy', namespace: ref.namespace, name: ref.name }
    : { kind: 'policy', namespace: ref.namespace, name: ref.name, path };
}

/** `spec.ingress[0]` */
export function rulePath(direction: Direction, ruleIndex: number): string {
  return `spec.${direction}[${ruleIndex}]`;
}

/** `prod/db-policy` */
export function policyName(ref: PolicyRef): string {
  return `${ref.namespace}/${ref.name}`;
}

export function workloadName(w: Workload): string {
  return `${w.namespace}/${w.name}`;
}

/**
 * `a`, `a and b`, `a, b and c`, `a, b, c and 4 more` (at most `max` names
 * spelled out); with `word` 'or': `a, b or c`, `a, b, c or 4 more`.
 */
export function namesJoin(names: readonly string[], max = 3, word: 'and' | 'or' = 'and'): string {
  if (names.length > max + 1) {
    return `${names.slice(0, max).join(', ')} ${word} ${names.length - max} more`;
  }
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${word} ${names[names.length - 1] ?? ''}`;
}

/** The rule's peers: `from` of an ingress rule, `to` of an egress rule. */
export function rulePeers(
  rule: {
    readonly from?: readonly NetworkPolicyPeer[];
    readonly to?: readonly NetworkPolicyPeer[];
  },
  direction: Direction,
): readonly NetworkPolicyPeer[] | undefined {
  return direction === 'ingress' ? rule.from : rule.to;
}

/** `from` for ingress, `to` for egress. */
export function peersKey(direction: Direction): 'from' | 'to' {
  return direction === 'ingress' ? 'from' : 'to';
}
