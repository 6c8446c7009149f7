/**
 * The picked workload's path lines that get through (connections no rule's line draws: a client
 * whose egress is open reaches each server its ingress rules admit; a blocked path is drawn
 * faint, behind, and joins no neighbour) whose other end waits in a collapsed namespace: one
 * summary line per box, counted as a rule's summary line counts its lines
 * ("14 connections, 3 blocked"). A focus that leaves namespaces collapsed so says how many of
 * its connections wait in each box. A pair a rule's summary line already joins keeps that line.
 */
import { edgeIdOf, isHiddenNode, lineCountsOf, namespaceBoxOf, statusOfAll } from '../../store';
import type { NodeId, PathGroup } from '../../store';
import type { DrawnSummary } from './summaryEdges';

/** The end as drawn: the box of a workload inside a collapsed namespace, else itself. */
function drawnEnd(id: NodeId, collapsed: ReadonlySet<string>): NodeId {
  return isHiddenNode(id, collapsed) ? (namespaceBoxOf(id) ?? id) : id;
}

export function pathSummaries(
  groups: readonly PathGroup[],
  collapsed: ReadonlySet<string>,
  taken: ReadonlySet<string>,
): DrawnSummary[] {
  const buckets = new Map<string, { source: NodeId; target: NodeId; lines: PathGroup[] }>();
  for (const group of groups) {
    if (group.status === 'blocked') continue;
    const source = drawnEnd(group.source, collapsed);
    const target = drawnEnd(group.target, collapsed);
    const shown = source === group.source && target === group.target;
    if (shown || source === target) continue;
    const id = edgeIdOf(source, target);
    if (taken.has(id)) continue;
    const bucket = buckets.get(id);
    if (bucket === undefined) buckets.set(id, { source, target, lines: [group] });
    else bucket.lines.push(group);
  }
  return [...buckets].map(([, { source, target, lines }]) => ({
    id: edgeIdOf(source, target),
    source,
    target,
    lines,
    status: statusOfAll(lines.map((l) => l.status)),
    ...lineCountsOf(lines),
  }));
}
