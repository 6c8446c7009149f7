/**
 * Workload and external-endpoint edits. Policies select workloads by labels,
 * never by name, so renaming or moving a workload leaves every policy as it
 * is (a moved workload is governed by the policies of its new namespace).
 */
import type { Doc, ExternalEndpoint, Workload } from '../../model';
import { dataEqual } from './dataEqual';
import type { WorkloadChanges } from './types';
import { namespacesWith } from './docParts';

function workloadIndexOf(doc: Doc, namespace: string, name: string): number {
  return doc.workloads.findIndex((w) => w.namespace === namespace && w.name === name);
}

/** Adds the workload (and its namespace when new); refused when `namespace/name` is taken. */
export function workloadAdd(doc: Doc, workload: Workload): Doc {
  if (workloadIndexOf(doc, workload.namespace, workload.name) >= 0) return doc;
  return {
    ...doc,
    namespaces: namespacesWith(doc.namespaces, workload.namespace),
    workloads: [...doc.workloads, workload],
  };
}

/**
 * Changes some fields; a new `namespace` moves the workload (the namespace is
 * added when new). Refused when the new `namespace/name` is another workload's.
 */
export function workloadUpdate(
  doc: Doc,
  namespace: string,
  name: string,
  changes: WorkloadChanges,
): Doc {
  const index = workloadIndexOf(doc, namespace, name);
  const workload = doc.workloads[index];
  if (workload === undefined) return doc;
  const next: Workload = { ...workload, ...changes };
  if (dataEqual(next, workload)) return doc;
  const moved = next.namespace !== namespace || next.name !== name;
  if (moved && workloadIndexOf(doc, next.namespace, next.name) >= 0) return doc;
  const workloads = doc.workloads.slice();
  workloads[index] = next;
  return { ...doc, namespaces: namespacesWith(doc.namespaces, next.namespace), workloads };
}

export function workloadRemove(doc: Doc, namespace: string, name: string): Doc {
  const index = workloadIndexOf(doc, namespace, name);
  if (index < 0) return doc;
  return { ...doc, workloads: doc.workloads.filter((_, i) => i !== index) };
}

/** Refused when an endpoint of that name exists. */
export function externalAdd(doc: Doc, external: ExternalEndpoint): Doc {
  if (doc.externals.some((e) => e.name === external.name)) return doc;
  return { ...doc, externals: [...doc.externals, external] };
}

/**
 * Renames it or changes its CIDR. `ipBlock` peers are addresses, not names:
 * rules that matched the old CIDR are not rewritten.
 */
export function externalUpdate(doc: Doc, name: string, external: ExternalEndpoint): Doc {
  const index = doc.externals.findIndex((e) => e.name === name);
  const current = doc.externals[index];
  if (current === undefined || dataEqual(current, external)) return doc;
  if (external.name !== name && doc.externals.some((e) => e.name === external.name)) return doc;
  const externals = doc.externals.slice();
  externals[index] = external;
  return { ...doc, externals };
}

export function externalRemove(doc: Doc, name: string): Doc {
  if (!doc.externals.some((e) => e.name === name)) return doc;
  return { ...doc, externals: doc.externals.filter((e) => e.name !== name) };
}
