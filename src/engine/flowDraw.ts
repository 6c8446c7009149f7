/**
 * Drawing a flow: the editor writes the rules that allow it.
 *
 * - **Ingress, at the destination** (a workload): a rule in a policy of the
 *   destination (`policyOfWorkload`) or in a new `<workload>-ingress` policy
 *   selecting all of its labels. A new policy ISOLATES the destination: every
 *   connection no rule allows is blocked from then on. That is the point of
 *   designing policies, and `allowFlow` returns the connections whose verdict
 *   changed so the screen can show it.
 * - **Egress, at the source** (a workload): only when the source is already
 *   egress-isolated, or when the destination is outside the cluster (an
 *   external endpoint: the source's egress is the only place such a flow can
 *   be written; a new `<workload>-egress` policy isolates the source's egress).
 * - A side that is isolated and already allows the flow gets nothing; a flow
 *   allowed on both sides changes nothing (drawing twice is harmless).
 *
 * Sources may be a workload, an external endpoint (`ipBlock`), a namespace
 * (`namespaceSelector` alone) or anywhere (a rule without `from`);
 * destinations a workload or an external endpoint. Refused, with a reason and
 * the document unchanged: unknown ends, a flow to itself, and a workload
 * without labels on a side that needs a selector for it (an empty selector
 * would mean every pod of the namespace).
 */
import type {
  Doc,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  Workload,
} from '../model';
import { compilePolicies } from './compile';
import type { FlowEnd, FlowSpec, RuleRef } from './docEdit';
import { listReplace, policyIndexOf, policyNameFree, policyRefOf } from './docParts';
import { flowMarksOf, policyWithMarks, ruleHash } from './flowMarks';
import type { FlowMark } from './flowMarks';
import { endpointsOfEnd, probePorts, sideAlreadyAllows, workloadOf } from './flowProbe';
import {
  cidrOfAddress,
  namespaceSelectorOf,
  policyOfWorkload,
  rulePorts,
  selectorOfLabels,
  workloadPeer,
} from './flowRule';

/** What a drawn flow wrote: its id (the key of its marks) and each rule it added. */
export interface FlowRecord {
  readonly id: string;
  readonly flow: FlowSpec;
  readonly rules: readonly { readonly rule: RuleRef; readonly createdPolicy: boolean }[];
}

export interface FlowDrawResult {
  readonly doc: Doc;
  /** null when nothing was written. */
  readonly record: FlowRecord | null;
  /** Why nothing was written (refused, or already allowed); null when written. */
  readonly reason: string | null;
}

function endText(end: FlowEnd): string {
  switch (end.kind) {
    case 'workload':
      return `${end.namespace}/${end.name}`;
    case 'external':
      return `external:${end.name}`;
    case 'namespace':
      return `namespace:${end.name}`;
    case 'any':
      return '*';
    case 'ipBlock':
      return end.cidr;
  }
}

/** `prod/web>prod/api TCP/5000,UDP/53` (`all` for every port); `#2`, … when drawn again. */
export function flowIdOf(doc: Doc, flow: FlowSpec): string {
  const ports = flow.ports.map(
    (p) => `${p.protocol}/${p.port ?? '*'}${p.endPort === undefined ? '' : `-${p.endPort}`}`,
  );
  const base = `${endText(flow.from)}>${endText(flow.to)} ${ports.length === 0 ? 'all' : ports.join(',')}`;
  const used = new Set(doc.policies.flatMap((p) => flowMarksOf(p).map((m) => m.flow)));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}#${n}`)) return `${base}#${n}`;
}

/** The peer for the other end of the flow, seen from a policy of `namespace`; null when it needs labels it lacks. */
function peerOf(doc: Doc, end: FlowEnd, namespace: string): NetworkPolicyPeer | 'any' | null {
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
function ruleWrite(
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

const refuse = (doc: Doc, reason: string): FlowDrawResult => ({ doc, record: null, reason });

export function flowDraw(doc: Doc, flow: FlowSpec): FlowDrawResult {
  const { from, to } = flow;
  const sources = endpointsOfEnd(doc, from);
  const destinations = endpointsOfEnd(doc, to);
  if (sources === null || destinations === null)
    return refuse(doc, 'unknown source or destination');
  if (to.kind !== 'workload' && to.kind !== 'external')
    return refuse(doc, 'a flow goes to a workload or an external endpoint');
  if (from.kind === 'ipBlock')
    return refuse(
      doc,
      'a flow starts at a workload, an external endpoint, a namespace or anywhere',
    );
  if (endText(from) === endText(to)) return refuse(doc, 'a flow needs two different ends');
  const source = from.kind === 'workload' ? workloadOf(doc, from.namespace, from.name) : undefined;
  const destination = to.kind === 'workload' ? workloadOf(doc, to.namespace, to.name) : undefined;
  const index = compilePolicies(doc);
  const probes = probePorts(flow.ports, destination);
  const needsIngress =
    destination !== undefined &&
    !sideAlreadyAllows(index, 'ingress', sources, destinations, probes);
  const egressIsolated =
    source !== undefined &&
    sources.every(
      (s) => s.kind === 'pod' && (index.egress.groupOf[index.podIndex(s.key) ?? -1] ?? -1) >= 0,
    );
  const needsEgress =
    source !== undefined &&
    (egressIsolated || destination === undefined) &&
    !sideAlreadyAllows(index, 'egress', sources, destinations, probes);
  if (!needsIngress && !needsEgress)
    return refuse(
      doc,
      source === undefined && destination === undefined
        ? 'no rule can allow a flow that starts and ends outside the cluster'
        : 'already allowed',
    );
  const ports = rulePorts(flow.ports);
  const portsPart = ports.length === 0 ? {} : { ports };
  const id = flowIdOf(doc, flow);
  let next = doc;
  const rules: { rule: RuleRef; createdPolicy: boolean }[] = [];
  if (needsIngress) {
    const peer = peerOf(doc, from, destination.namespace);
    if (peer === null || Object.keys(destination.labels).length === 0)
      return refuse(doc, 'a workload needs labels before a policy can select it');
    const written = ruleWrite(
      next,
      destination,
      'ingress',
      peer === 'any' ? portsPart : { from: [peer], ...portsPart },
      id,
    );
    next = written.doc;
    rules.push({ rule: written.rule, createdPolicy: written.createdPolicy });
  }
  if (needsEgress) {
    const peer = peerOf(doc, to, source.namespace);
    if (peer === null || peer === 'any' || Object.keys(source.labels).length === 0)
      return refuse(doc, 'a workload needs labels before a policy can select it');
    const written = ruleWrite(next, source, 'egress', { to: [peer], ...portsPart }, id);
    next = written.doc;
    rules.push({ rule: written.rule, createdPolicy: written.createdPolicy });
  }
  return { doc: next, record: { id, flow, rules }, reason: null };
}
