/**
 * Writing one side of a drawn flow: the peer for the other end, and the rule
 * appended to the workload's policy for that direction (or to a new
 * `<workload>-<direction>` policy selecting all of its labels), with the mark
 * that lets `removeFlow` take it back.
 */
import type {
  Doc,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  Workload,
} from '../../model';
import type { FlowEnd, RuleRef } from '../edits/types';
import { listReplace, policyIndexOf, policyNameFree, policyRefOf } from '../edits/docParts';
import { flowMarksOf, policyWithMarks, ruleHash } from './marks';
import type { FlowMark } from './marks';
import { workloadOf } from './probe';
import {
  cidrOfAddress,
  namespaceSelectorOf,
  policyOfWorkload,
  selectorOfLabels,
  workloadPeer,
} from './rule';

/** The peer for the other end of the flow, seen from a policy of `namespace`; null when it needs labels it lacks. */
export function peerOf(
  doc: Doc,
  end: FlowEnd,
  namespace: string,
): NetworkPolicyPeer | 'any' | null {
  switch (end.kind) {
    case 'workload': {
      const workload = workloadOf(doc, end.namespace, end.name);
      if (workload === undefined || Object.keys(workload.labels).length === 0) return null;
      return workloadPeer(workload, namespace);
    }
    case 'external': {
      const cidr = cidrOfAddress(doc.externals.find((e) => e.name === end.name)?.cidr ?? '');
      return cidr === null ? null : { ipBlock: { cidr } };
    }
    case 'namespace':
      return { namespaceSelector: namespaceSelectorOf(end.name) };
    case 'any':
      return 'any';
    case 'ipBlock':
      return {
        ipBlock:
          end.except === undefined ? { cidr: end.cidr } : { cidr: end.cidr, except: end.except },
      };
  }
}

/** Appends `rule` to the workload's policy for `direction`, or to a new one; returns the doc and where it went. */
export function ruleWrite(
  doc: Doc,
  workload: Workload,
  direction: 'ingress' | 'egress',
  rule: NetworkPolicyIngressRule | NetworkPolicyEgressRule,
  id: string,
): { doc: Doc; rule: RuleRef; createdPolicy: boolean } {
  const hash = ruleHash(rule);
  const existing = policyOfWorkload(doc, workload, direction);
  if (existing !== undefined) {
    const rules = existing.spec[direction] ?? [];
    const mark: FlowMark = {
      flow: id,
      direction,
      rule: rules.length,
      hash,
      ...(existing.spec[direction] === undefined ? { absent: true as const } : {}),
    };
    const next = policyWithMarks(
      { ...existing, spec: { ...existing.spec, [direction]: [...rules, rule] } },
      [...flowMarksOf(existing), mark],
    );
    const index = policyIndexOf(doc, policyRefOf(existing));
    return {
      doc: { ...doc, policies: listReplace(doc.policies, index, next) },
      rule: { policy: policyRefOf(existing), direction, ruleIndex: rules.length },
      createdPolicy: false,
    };
  }
  const name = policyNameFree(doc, workload.namespace, `${workload.name}-${direction}`);
  const created: NetworkPolicy = policyWithMarks(
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name, namespace: workload.namespace },
      spec: {
        podSelector: selectorOfLabels(workload.labels),
        policyTypes: [direction === 'ingress' ? 'Ingress' : 'Egress'],
        [direction]: [rule],
      },
    },
    [{ flow: id, direction, rule: 0, hash, created: true }],
  );
  return {
    doc: { ...doc, policies: [...doc.policies, created] },
    rule: { policy: { namespace: workload.namespace, name }, direction, ruleIndex: 0 },
    createdPolicy: true,
  };
}
