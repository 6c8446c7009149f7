/**
 * Small pieces the findings share: subjects, paths into a policy, names.
 */
import type { NetworkPolicyPeer, Workload } from '../../model';
import { bitsetIndexes } from '../match/bitset';
import type { FindingSubject } from './types';
import type { PolicyIndex } from '../compile/policyIndex';
import type { PolicyRef } from '../verdict/verdict';
import type { Direction } from '../text/direction';
import { peersKey } from '../text/direction';

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

/** The rule's peers: `from` of an ingress rule, `to` of an egress rule. */
export function rulePeers(
  rule: {
    readonly from?: readonly NetworkPolicyPeer[];
    readonly to?: readonly NetworkPolicyPeer[];
  },
  direction: Direction,
): readonly NetworkPolicyPeer[] | undefined {
  return rule[peersKey(direction)];
}
