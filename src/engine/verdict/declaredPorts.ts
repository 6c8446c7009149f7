/**
 * The ports pods declare: the ones worth a matrix when the user names none.
 */
import type { Doc, Protocol } from '../../model';
import { PROTOCOLS } from '../../model';

/** Distinct container ports of every workload, sorted by port, then TCP, UDP, SCTP. */
export function declaredPorts(doc: Doc): { port: number; protocol: Protocol }[] {
  const seen = new Map<string, { port: number; protocol: Protocol }>();
  for (const workload of doc.workloads) {
    for (const p of workload.ports) {
      seen.set(`${p.containerPort}/${p.protocol}`, { port: p.containerPort, protocol: p.protocol });
    }
  }
  return [...seen.values()].sort(
    (a, b) => a.port - b.port || PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol),
  );
}
