/**
 * Findings about who may connect to a workload: nobody at all, or anybody.
 */
import type { Doc, NetworkPolicyPort } from '../../model';
import { bitsetDeleteInto, bitsetIsEmpty } from '../match/bitset';
import type { CompiledRule } from '../compile/compiledPolicy';
import { portText, rulePortsText } from '../text/portText';
import type { Finding } from './types';
import { namesJoin } from '../text/namesJoin';
import {
  policyName,
  policySubject,
  rulePath,
  selectedSubjects,
  workloadName,
  workloadSubject,
} from './text';
import type { PolicyIndex } from '../compile/policyIndex';
import { portsFirstMatch } from '../match/ports';

/**
 * Whether a rule admits some source (a pod other than `pod` itself, or any
 * address) on some port `pod` declares.
 */
function admitsSomeone(rule: CompiledRule, pod: number, index: PolicyIndex): boolean {
  const ports = index.cluster.workloads[pod]?.ports ?? [];
  const onDeclared =
    rule.ports === null ||
    ports.some((c) => portsFirstMatch(rule.ports ?? [], c.containerPort, c.protocol, ports) >= 0);
  if (!onDeclared) return false;
  if (rule.peers === null) return true;
  if (rule.peers.some((peer) => peer.kind === 'ipBlock' && peer.block !== null)) return true;
  const others = rule.peerPods.slice();
  bitsetDeleteInto(others, pod);
  return !bitsetIsEmpty(others);
}

/**
 * A workload that declares container ports, is isolated for ingress, and
 * whose isolating policies admit no source at all (no pod, no address) on
 * any of those ports. A workload without ports (a batch job that only calls
 * out) is left alone: being unreachable is what a default deny gives it.
 *
 * ```yaml
 * spec: {podSelector: {matchLabels: {role: db}}, policyTypes: [Ingress]}   # db: 3306 unreachable
 * ```
 */
export function workloadUnreachable(doc: Doc, index: PolicyIndex): Finding[] {
  const { groups, groupOf } = index.ingress;
  return index.cluster.workloads.flatMap((w, pod): Finding[] => {
    const group = groups[groupOf[pod] ?? -1];
    if (group === undefined || w.ports.length === 0) return [];
    const open = group.policies.some((p) =>
      (index.policies[p]?.ingress ?? []).some((rule) => admitsSomeone(rule, pod, index)),
    );
    if (open) return [];
    const refs = group.policies.flatMap((p) => index.policies[p]?.ref ?? []);
    const ports = [
      ...new Set(w.ports.map((c) => portText({ protocol: c.protocol, port: c.containerPort }))),
    ];
    return [
      {
        id: `workloadUnreachable:${workloadName(w)}`,
        kind: 'workloadUnreachable',
        severity: 'warning',
        message: `Nothing can connect to ${workloadName(w)}: it declares ${namesJoin(ports)}, but ${namesJoin(refs.map(policyName))} isolate${refs.length === 1 ? 's' : ''} it for ingress and no rule admits any source on ${ports.length === 1 ? 'that port' : 'those ports'}.`,
        subjects: [workloadSubject(w), ...refs.map((ref) => policySubject(ref))],
        fix: null,
      },
    ];
  });
}

/** `TCP 80 and TCP port named http`, or `every port`. */
function portsText(ports: readonly NetworkPolicyPort[] | undefined): string {
  return namesJoin(rulePortsText(ports, 'sentence'));
}

/**
 * An ingress rule that admits every address: no `from` (or `from: []`:
 * every pod and every IP), or an ipBlock of every address (`0.0.0.0/0`,
 * `::/0`, with or without `except`). A warning on every port, information on
 * chosen ports (a web server open to the internet on 80 is often the point).
 */
export function ingressFromAnywhere(doc: Doc, index: PolicyIndex): Finding[] {
  return doc.policies.flatMap((policy, p): Finding[] => {
    const compiled = index.policies[p];
    if (compiled?.ingress == null || bitsetIsEmpty(compiled.selected)) return [];
    return compiled.ingress.flatMap((rule, r): Finding[] => {
      const raw = policy.spec.ingress?.[r];
      const block = raw?.from?.find((peer) => /\/0$/.test(peer.ipBlock?.cidr.trim() ?? ''));
      if (rule.peers !== null && block === undefined) return [];
      const who =
        block?.ipBlock === undefined
          ? `every pod and every address (${raw?.from === undefined ? 'it has no from' : 'its from is empty'})`
          : `every address (${block.ipBlock.cidr}${(block.ipBlock.except ?? []).length > 0 ? ` except ${namesJoin(block.ipBlock.except ?? [])}` : ''})`;
      const targets = selectedSubjects(index, p);
      const names = targets.flatMap((t) =>
        t.kind === 'workload' ? [`${t.namespace}/${t.name}`] : [],
      );
      const path = rulePath('ingress', r);
      return [
        {
          id: `ingressFromAnywhere:${policyName(compiled.ref)}:${path}`,
          kind: 'ingressFromAnywhere',
          severity: rule.ports === null ? 'warning' : 'info',
          message: `${path} of ${policyName(compiled.ref)} lets ${who} connect to ${namesJoin(names)} on ${portsText(raw?.ports)}.`,
          subjects: [policySubject(compiled.ref, path), ...targets],
          fix: null,
        },
      ];
    });
  });
}
