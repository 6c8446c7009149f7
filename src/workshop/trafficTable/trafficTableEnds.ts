/**
 * The ends of the connections the traffic table checks: the workloads, named
 * as the table shows them, and the sources outside the cluster.
 */
import type { Endpoint, FlowEnd, PolicyIndex } from '../../engine';
import type { Doc } from '../../model';
import { podKeyOf } from '../../model';

export interface TrafficTableEnd {
  /** `web`, or `prod/web` when workload names repeat across namespaces; `anyone`. */
  readonly label: string;
  readonly node: FlowEnd;
  readonly endpoint: Endpoint;
  /** The workload's index in `doc.workloads` and in the index's matrices; null outside the cluster. */
  readonly pod: number | null;
}

/** Every IPv4 address: the source a rule admitting anyone lets in. */
export const ANYONE_CIDR = '0.0.0.0/0';
export const ANYONE = 'anyone';

/** The workloads, in document order; short names when no two share a name. */
export function workloadEnds(doc: Doc, index: PolicyIndex): TrafficTableEnd[] {
  const short = new Set(doc.workloads.map((w) => w.name)).size === doc.workloads.length;
  return doc.workloads.map((w) => {
    const key = podKeyOf(w.namespace, w.name);
    return {
      label: short ? w.name : key,
      node: { kind: 'workload', namespace: w.namespace, name: w.name },
      endpoint: { kind: 'pod', key },
      pod: index.podIndex(key) ?? null,
    };
  });
}

/** The external endpoints of `doc`, then `anyone`. */
export function outsideEnds(doc: Doc): TrafficTableEnd[] {
  const externals = doc.externals.map((e): TrafficTableEnd => ({
    label: e.name,
    node: { kind: 'external', name: e.name },
    endpoint: { kind: 'ip', ip: e.cidr },
    pod: null,
  }));
  const anyone: TrafficTableEnd = {
    label: ANYONE,
    node: { kind: 'any' },
    endpoint: { kind: 'ip', ip: ANYONE_CIDR },
    pod: null,
  };
  return [...externals, anyone];
}
