/**
 * Every verdict of a document, as a table, to check that a finding's fix
 * changes only what it should: pod to other pod on every port a pod declares or a
 * rule names (and the ports right after), and between pods and outside
 * addresses (the document's external endpoints and `addresses`).
 */
import type { Doc, Protocol } from '../../model';
import { PROTOCOLS, podKeyOf } from '../../model';
import { compilePolicies } from '../compile/compile';
import { isTrafficAllowed } from '../verdict/evaluate';
import { buildMatrix, matrixAllows } from '../verdict/matrix';

type Port = { port: number; protocol: Protocol };

function portsOf(docs: readonly Doc[]): Port[] {
  const ports = new Map<string, { port: number; protocol: Protocol }>();
  const add = (port: number, protocol: Protocol): void => {
    for (const p of [port, port + 1]) ports.set(`${p}/${protocol}`, { port: p, protocol });
  };
  for (const doc of docs) {
    for (const w of doc.workloads) for (const c of w.ports) add(c.containerPort, c.protocol);
  }
  for (const policy of docs.flatMap((d) => d.policies)) {
    for (const rule of [...(policy.spec.ingress ?? []), ...(policy.spec.egress ?? [])]) {
      for (const entry of rule.ports ?? []) {
        if (typeof entry.port === 'number') add(entry.port, entry.protocol ?? 'TCP');
        if (entry.endPort !== undefined) add(entry.endPort, entry.protocol ?? 'TCP');
      }
    }
  }
  for (const protocol of PROTOCOLS) add(1, protocol);
  return [...ports.values()];
}

/** `from>to PROTO/port` → allowed, for every connection worth checking. */
const ADDRESSES = ['203.0.113.9', '10.9.9.9', '192.168.5.10', 'fd00::9'];

export function verdictTable(
  doc: Doc,
  ports: readonly Port[] = portsOf([doc]),
): Map<string, boolean> {
  const index = compilePolicies(doc);
  const table = new Map<string, boolean>();
  const outside = [...doc.externals.map((e) => e.cidr), ...ADDRESSES];
  for (const { port, protocol } of ports) {
    const matrix = buildMatrix(index, port, protocol);
    index.pods.forEach((from, s) => {
      index.pods.forEach((to, d) => {
        if (s !== d) table.set(`${from}>${to} ${protocol}/${port}`, matrixAllows(matrix, s, d));
      });
    });
    for (const w of doc.workloads) {
      const key = podKeyOf(w.namespace, w.name);
      for (const ip of outside) {
        const pod = { kind: 'pod' as const, key };
        const address = { kind: 'ip' as const, ip };
        const out = isTrafficAllowed(index, { from: pod, to: address, port, protocol });
        const into = isTrafficAllowed(index, { from: address, to: pod, port, protocol });
        table.set(`${key}>${ip} ${protocol}/${port}`, out.allowed);
        table.set(`${ip}>${key} ${protocol}/${port}`, into.allowed);
      }
    }
  }
  return table;
}

/** The connections (in both documents) whose verdict differs, on the ports either names. */
export function verdictsChanged(before: Doc, after: Doc): string[] {
  const ports = portsOf([before, after]);
  const then = verdictTable(before, ports);
  const now = verdictTable(after, ports);
  return [...then].flatMap(([key, allowed]) => {
    const later = now.get(key);
    return later === undefined || later === allowed ? [] : [`${key}: ${allowed} -> ${later}`];
  });
}
