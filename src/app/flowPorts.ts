/**
 * The ports offered when drawing a flow: the destination's container ports
 * (a named one is written by number), or one typed in.
 */
import type { FlowPort } from '../engine';
import { containerPortText } from '../engine';
import type { Doc, Protocol } from '../model';
import type { NodeRef } from '../store';

export interface PortChoice {
  readonly key: string;
  readonly label: string;
  readonly port: FlowPort;
}

export function portChoicesOf(doc: Doc, to: NodeRef | null): PortChoice[] {
  if (to?.kind !== 'workload') return [];
  const workload = doc.workloads.find((w) => w.namespace === to.namespace && w.name === to.name);
  return (workload?.ports ?? []).map((p) => ({
    key: `${p.protocol}/${p.containerPort}`,
    label: containerPortText(p),
    port: { protocol: p.protocol, port: p.containerPort },
  }));
}

/** A typed port: `8080`, or a range `32000-32768`; null when it is not one. */
export function typedPort(text: string, protocol: Protocol): FlowPort | null {
  const match = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(text);
  if (match === null) return null;
  const port = Number(match[1]);
  const end = match[2] === undefined ? undefined : Number(match[2]);
  if (port < 1 || port > 65535) return null;
  if (end === undefined) return { protocol, port };
  if (end <= port || end > 65535) return null;
  return { protocol, port, endPort: end };
}
