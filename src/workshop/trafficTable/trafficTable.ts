/**
 * The traffic table (component, ingress or egress, port, meaning),
 * generated from a document:
 *
 * | Component | Traffic | Port | Meaning            |
 * |-----------|---------|------|--------------------|
 * | web       | ingress | 80   | anyone reaches web |
 * | web       | egress  | 5000 | web reaches api    |
 * | api       | ingress | 5000 | web reaches api    |
 *
 * Rows are the connections some rule explicitly allows: allowed end to end,
 * with at least one end isolated (so a rule of it lets the connection through).
 * Such a connection gives a row at each workload end, `egress` where it starts
 * and `ingress` where it arrives; an end that is not isolated allows it only by
 * default, and its row says so (`byDefault`). Connections no rule mentions
 * (neither end isolated) are not listed: instead, each workload that is not
 * isolated for a direction gets a note.
 *
 * Connections checked: workload to workload on each port the destination
 * declares; an external endpoint, and `anyone` (every IPv4 address), to a
 * workload on its declared ports; a workload to an external endpoint on the
 * ports of the egress rules that reach it. A pod to itself is left out (a pod
 * cannot block its own traffic).
 */
import {
  buildMatrix,
  compilePolicies,
  declaredPorts,
  externalPorts,
  isTrafficAllowed,
  matrixAllows,
} from '../../engine';
import type { FlowEnd, PolicyIndex, Verdict } from '../../engine';
import type { Doc, Protocol } from '../../model';
import type { TrafficTableEnd } from './trafficTableEnds';
import { outsideEnds, workloadEnds } from './trafficTableEnds';
import type { TrafficTableDirection, TrafficTableRow } from './trafficTableRows';
import { trafficTableRowGatherer } from './trafficTableRows';

export interface TrafficTableNote {
  readonly component: string;
  readonly node: FlowEnd;
  readonly direction: TrafficTableDirection;
  /** `db is not isolated for egress: every connection it starts is allowed by default` */
  readonly text: string;
}

export interface TrafficTable {
  readonly rows: readonly TrafficTableRow[];
  readonly notes: readonly TrafficTableNote[];
}

function noteOf(end: TrafficTableEnd, direction: TrafficTableDirection): TrafficTableNote {
  const what = direction === 'ingress' ? 'every connection to it' : 'every connection it starts';
  const text = `${end.label} is not isolated for ${direction}: ${what} is allowed by default`;
  return { component: end.label, node: end.node, direction, text };
}

/**
 * The traffic table of `doc`: its explicitly allowed connections, and the pods not isolated;
 * `index` is `doc` compiled (the derivation worker has it already).
 */
export function trafficTable(doc: Doc, index: PolicyIndex = compilePolicies(doc)): TrafficTable {
  const pods = workloadEnds(doc, index);
  const outside = outsideEnds(doc);
  const verdictOf = (
    from: TrafficTableEnd,
    to: TrafficTableEnd,
    port: number,
    protocol: Protocol,
  ) => isTrafficAllowed(index, { from: from.endpoint, to: to.endpoint, port, protocol });
  // A pod's isolation does not depend on the connection: read it from any verdict.
  const isolation = pods.map((p) => verdictOf(p, p, 1, 'TCP'));
  const isolated = (p: TrafficTableEnd, direction: TrafficTableDirection): boolean =>
    p.pod !== null && (isolation[p.pod]?.[direction].isolated ?? false);
  const gatherer = trafficTableRowGatherer();
  const record = (from: TrafficTableEnd, to: TrafficTableEnd, verdict: Verdict): void => {
    if (!verdict.allowed || !(verdict.egress.isolated || verdict.ingress.isolated)) return;
    if (from.pod !== null) gatherer.add(from, 'egress', to, verdict);
    if (to.pod !== null) gatherer.add(to, 'ingress', from, verdict);
  };

  for (const { port, protocol } of declaredPorts(doc)) {
    const matrix = buildMatrix(index, port, protocol);
    const receivers = pods.filter((p, i) =>
      doc.workloads[i]?.ports.some((c) => c.containerPort === port && c.protocol === protocol),
    );
    for (const to of receivers) {
      for (const from of pods) {
        if (from === to || from.pod === null || to.pod === null) continue;
        if (!isolated(from, 'egress') && !isolated(to, 'ingress')) continue;
        if (!matrixAllows(matrix, from.pod, to.pod)) continue;
        record(from, to, verdictOf(from, to, port, protocol));
      }
      if (!isolated(to, 'ingress')) continue;
      for (const from of outside) record(from, to, verdictOf(from, to, port, protocol));
    }
  }
  for (const to of outside) {
    const external = doc.externals.find(
      (e) => to.node.kind === 'external' && e.name === to.node.name,
    );
    if (external === undefined) continue;
    for (const { port, protocol } of externalPorts(doc, external)) {
      for (const from of pods) {
        if (isolated(from, 'egress')) record(from, to, verdictOf(from, to, port, protocol));
      }
    }
  }

  const notes = pods.flatMap((p) =>
    (['ingress', 'egress'] as const)
      .filter((direction) => !isolated(p, direction))
      .map((direction) => noteOf(p, direction)),
  );
  return { rows: gatherer.rows(), notes };
}
