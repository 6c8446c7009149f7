/** The labels a policy may select a workload by: not those a controller writes per pod or revision. */
import type { Labels } from '../../model';
import { PER_REPLICA_LABELS } from '../../model';

export function stableLabels(labels: Labels): Labels {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) {
    if (!PER_REPLICA_LABELS.includes(key)) kept[key] = value;
  }
  return kept;
}

/** One key per label set: two workloads with the same key no selector tells apart. */
export function labelsKey(labels: Labels): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
