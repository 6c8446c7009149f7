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
import type { Doc } from '../../model';
import { compilePolicies } from '../compile/compile';
import type { FlowSpec, RuleRef } from '../edits/types';
import { endKey, endsKey } from './ends';
import { flowMarksOf } from './marks';
import { endpointsOfEnd, probePorts, sideAlreadyAllows, workloadOf } from './probe';
import { rulePorts } from './rule';
import { peerOf, ruleWrite } from './write';
import type { PolicyIndex } from '../compile/policyIndex';

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

/** `prod/web>prod/api TCP/5000,UDP/53` (`all` for every port); `#2`, … when drawn again. */
export function flowIdOf(doc: Doc, flow: FlowSpec): string {
  const ports = flow.ports.map(
    (p) => `${p.protocol}/${p.port ?? '*'}${p.endPort === undefined ? '' : `-${p.endPort}`}`,
  );
  const base = `${endsKey(flow.from, flow.to)} ${ports.length === 0 ? 'all' : ports.join(',')}`;
  const used = new Set(doc.policies.flatMap((p) => flowMarksOf(p).map((m) => m.flow)));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}#${n}`)) return `${base}#${n}`;
}

const refuse = (doc: Doc, reason: string): FlowDrawResult => ({ doc, record: null, reason });

/** `index` is the compiled `doc` when the caller has it. */
export function flowDraw(doc: Doc, flow: FlowSpec, index?: PolicyIndex): FlowDrawResult {
  const { from, to } = flow;
  const sources = endpointsOfEnd(doc, from);
  const destinations = endpointsOfEnd(doc, to);
  if (sources === null || destinations === null) {
    return refuse(doc, 'unknown source or destination');
  }
  if (to.kind !== 'workload' && to.kind !== 'external') {
    return refuse(doc, 'a flow goes to a workload or an external endpoint');
  }
  if (from.kind === 'ipBlock') {
    return refuse(
      doc,
      'a flow starts at a workload, an external endpoint, a namespace or anywhere',
    );
  }
  if (endKey(from) === endKey(to)) return refuse(doc, 'a flow needs two different ends');
  const source = from.kind === 'workload' ? workloadOf(doc, from.namespace, from.name) : undefined;
  const destination = to.kind === 'workload' ? workloadOf(doc, to.namespace, to.name) : undefined;
  const compiled = index ?? compilePolicies(doc);
  const probes = probePorts(flow.ports, destination);
  const needsIngress =
    destination !== undefined &&
    !sideAlreadyAllows(compiled, 'ingress', sources, destinations, probes);
  const egressIsolated =
    source !== undefined &&
    sources.every(
      (s) =>
        s.kind === 'pod' && (compiled.egress.groupOf[compiled.podIndex(s.key) ?? -1] ?? -1) >= 0,
    );
  const needsEgress =
    source !== undefined &&
    (egressIsolated || destination === undefined) &&
    !sideAlreadyAllows(compiled, 'egress', sources, destinations, probes);
  if (!needsIngress && !needsEgress) {
    const why =
      source === undefined && destination === undefined
        ? 'a flow to an external endpoint must start at a workload: its egress rule is written there'
        : 'already allowed';
    return refuse(doc, why);
  }
  const ports = rulePorts(flow.ports);
  const portsPart = ports.length === 0 ? {} : { ports };
  const id = flowIdOf(doc, flow);
  let next = doc;
  const rules: { rule: RuleRef; createdPolicy: boolean }[] = [];
  if (needsIngress) {
    const peer = peerOf(doc, from, destination.namespace);
    if (peer === null || Object.keys(destination.labels).length === 0) {
      return refuse(doc, 'a workload needs labels before a policy can select it');
    }
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
    if (peer === null || peer === 'any' || Object.keys(source.labels).length === 0) {
      return refuse(doc, 'a workload needs labels before a policy can select it');
    }
    const written = ruleWrite(next, source, 'egress', { to: [peer], ...portsPart }, id);
    next = written.doc;
    rules.push({ rule: written.rule, createdPolicy: written.createdPolicy });
  }
  return { doc: next, record: { id, flow, rules }, reason: null };
}
