import type { Doc } from '../model';

/** How many of the design's policies each namespace holds (namespaces without one are absent). */
export function policiesPerNamespace(doc: Doc): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of doc.policies) {
    const ns = p.metadata.namespace;
    counts.set(ns, (counts.get(ns) ?? 0) + 1);
  }
  return counts;
}
