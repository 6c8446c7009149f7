/**
 * Which canvas node a finding is about, and how many findings each node has
 * (its badge). Worked out by the derivation worker with the findings and sent
 * in their head: on the page, counting a dump's 1,486 findings took 3 to 7 ms
 * of the task that took the findings in.
 */
import type { Finding, FindingSubject } from '../../engine';
import { nodeIdOf } from '../ids';

/** The canvas node a subject is drawn as (`workload:prod/db`), or null for a policy. */
export function findingNodeId(subject: FindingSubject): string | null {
  if (subject.kind === 'workload') return nodeIdOf(subject);
  if (subject.kind === 'namespace') return nodeIdOf(subject);
  return null;
}

/** How many findings apply to each node, by node id (a finding naming a node twice counts once). */
export function findingCountsOf(findings: readonly Finding[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const ids = new Set(finding.subjects.map(findingNodeId));
    for (const id of ids) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
