/**
 * What a connection can be walked between: every workload and every
 * external endpoint of the document, with the ports connections to it are
 * usually checked on (a workload's container ports; for an external
 * endpoint, the ports egress rules let out to it), and every Service, as a
 * destination, on its own ports.
 */
import { externalPorts } from '../../engine';
import type { Doc, Protocol } from '../../model';
import { nodeIdOf } from '../../store';
import { serviceEndId } from './walkService';

export interface WalkEnd {
  /** The node id (`workload:prod/db`). */
  readonly id: string;
  /** `prod/db`, `backup-server (192.168.5.10/32)` */
  readonly label: string;
  readonly ports: readonly { readonly port: number; readonly protocol: Protocol }[];
}

export function walkEndsOf(doc: Doc): WalkEnd[] {
  const workloads = doc.workloads.map((w): WalkEnd => ({
    id: nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name }),
    label: `${w.namespace}/${w.name}`,
    ports: w.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol })),
  }));
  const externals = doc.externals.map((e): WalkEnd => ({
    id: nodeIdOf({ kind: 'external', name: e.name }),
    label: `${e.name} (${e.cidr})`,
    ports: externalPorts(doc, e),
  }));
  // A Service is a destination only: a connection is opened by a pod, to the Service's port.
  const services = (doc.services ?? []).map((s): WalkEnd => ({
    id: serviceEndId(s.namespace, s.name),
    label: `Service ${s.namespace}/${s.name}`,
    ports: s.ports.map((p) => ({ port: p.port, protocol: p.protocol })),
  }));
  return [...workloads, ...externals, ...services];
}
