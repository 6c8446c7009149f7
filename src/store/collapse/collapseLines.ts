/**
 * The lines of a canvas with collapsed namespaces: a line with an end inside
 * a collapsed namespace is drawn to that namespace's box instead, and all the
 * lines between the same two boxes (or a box and a node) become one summary
 * line that counts them ("14 connections, 3 blocked"). A line between two
 * workloads of the same collapsed namespace is counted on its box. Each line
 * of the canvas stands for one pair of nodes that some rule connects, so a
 * connection here is such a pair; it is blocked when every flow of it is
 * (a rule names it, and the policies deny it), partly blocked when some are.
 * The group outside the cluster collapses as a namespace does (`OUTSIDE_GROUP_ID` in the
 * list): the lines of its IP blocks and endpoints are drawn to its box.
 */
import type { FlowStatus } from '../../engine';
import { plural } from '../../engine';
import type { FlowGroup } from '../derived/flowGroups';
import { statusOfAll } from '../derived/edgeGroups';
import type { EdgeId, NodeId } from '../ids';
import {
  OUTSIDE_GROUP_ID,
  collapsedBoxIdOf,
  edgeIdOf,
  isOutsideCardId,
  nodeRefParse,
} from '../ids';

/** How many lines a summary stands for, and how many of them are blocked. */
export interface LineCounts {
  readonly connections: number;
  readonly blocked: number;
  /** Partly blocked: some of the traffic of the line is allowed, some is not. */
  readonly partial: number;
}

/** One line for several, between a collapsed namespace's box and another box or node. */
export interface SummaryLine extends LineCounts {
  /** `<source id>><target id>`, like any line. */
  readonly id: EdgeId;
  readonly source: NodeId;
  readonly target: NodeId;
  /** Allowed when every line is, blocked when every line is, else partial. */
  readonly status: FlowStatus;
  /** The lines it stands for. */
  readonly lines: readonly FlowGroup[];
}

export interface CollapsedLines {
  /** The lines drawn as they are (no end inside a collapsed namespace). */
  readonly shown: readonly FlowGroup[];
  readonly summaries: readonly SummaryLine[];
  /** Per collapsed namespace: the lines between two of its own nodes. */
  readonly inside: ReadonlyMap<string, LineCounts>;
}

export const NO_LINES: LineCounts = { connections: 0, blocked: 0, partial: 0 };

/** The counts of some lines. */
export function lineCountsOf(lines: readonly Pick<FlowGroup, 'status'>[]): LineCounts {
  let blocked = 0;
  let partial = 0;
  for (const line of lines) {
    if (line.status === 'blocked') blocked++;
    else if (line.status === 'partial') partial++;
  }
  return { connections: lines.length, blocked, partial };
}

/** The collapsed namespace an end is drawn in, or null when the end stays as it is. */
function collapsedOf(id: string, collapsed: ReadonlySet<string>): string | null {
  if (isOutsideCardId(id)) return collapsed.has(OUTSIDE_GROUP_ID) ? OUTSIDE_GROUP_ID : null;
  const ref = nodeRefParse(id);
  if (ref?.kind === 'workload') return collapsed.has(ref.namespace) ? ref.namespace : null;
  if (ref?.kind === 'namespace') return collapsed.has(ref.name) ? ref.name : null;
  return null;
}

export function collapseLines(
  groups: readonly FlowGroup[],
  collapsed: ReadonlySet<string>,
): CollapsedLines {
  if (collapsed.size === 0) return { shown: groups, summaries: [], inside: new Map() };
  // A dump has thousands of lines between a few thousand ends: each end is read once.
  const namespaceOfEnd = new Map<string, string | null>();
  const namespaceOf = (id: string): string | null => {
    let ns = namespaceOfEnd.get(id);
    if (ns === undefined) {
      ns = collapsedOf(id, collapsed);
      namespaceOfEnd.set(id, ns);
    }
    return ns;
  };
  const boxIds = new Map<string, NodeId>();
  const boxOf = (ns: string): NodeId => {
    let id = boxIds.get(ns);
    if (id === undefined) {
      id = collapsedBoxIdOf(ns);
      boxIds.set(ns, id);
    }
    return id;
  };
  const shown: FlowGroup[] = [];
  const buckets = new Map<EdgeId, { source: NodeId; target: NodeId; lines: FlowGroup[] }>();
  const insideLines = new Map<string, FlowGroup[]>();
  for (const group of groups) {
    const from = namespaceOf(group.source);
    const to = namespaceOf(group.target);
    if (from === null && to === null) {
      shown.push(group);
      continue;
    }
    if (from !== null && from === to) {
      const inside = insideLines.get(from);
      if (inside === undefined) insideLines.set(from, [group]);
      else inside.push(group);
      continue;
    }
    const source = from === null ? group.source : boxOf(from);
    const target = to === null ? group.target : boxOf(to);
    const id = edgeIdOf(source, target);
    const bucket = buckets.get(id);
    if (bucket === undefined) buckets.set(id, { source, target, lines: [group] });
    else bucket.lines.push(group);
  }
  const summaries: SummaryLine[] = [];
  for (const [id, { source, target, lines }] of buckets) {
    const [only] = lines;
    // A line already drawn to the box (a rule naming the whole namespace) stays itself.
    if (lines.length === 1 && only !== undefined && only.id === id) {
      shown.push(only);
      continue;
    }
    const status = statusOfAll(lines.map((l) => l.status));
    summaries.push({ id, source, target, status, lines, ...lineCountsOf(lines) });
  }
  const inside = new Map([...insideLines].map(([ns, lines]) => [ns, lineCountsOf(lines)]));
  return { shown, summaries, inside };
}

/** The lines summarised for the collapsed namespaces `collapsed` (sorted names). */
export interface CollapsedSummaries {
  readonly collapsed: readonly string[];
  readonly lines: CollapsedLines;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/**
 * The lines of `groups` with the namespaces `collapsed` summarised: those the
 * derivation worker sent with them (`offered`, worked out off the main thread
 * for the set the page had when it sent the document) when they are of the
 * same lines and the same set, else summarised here.
 */
export function collapsedLinesOf(
  groups: readonly FlowGroup[],
  collapsed: readonly string[],
  offered: {
    readonly groups: readonly FlowGroup[];
    readonly summaries?: CollapsedSummaries;
  } | null,
): CollapsedLines {
  const summaries = offered?.summaries;
  if (
    summaries !== undefined &&
    offered?.groups === groups &&
    sameNames(summaries.collapsed, collapsed)
  ) {
    return summaries.lines;
  }
  return collapseLines(groups, new Set(collapsed));
}

/** `14 connections, 3 blocked, 1 partly blocked` (the blocked parts only when there are some). */
export function lineCountsText(counts: LineCounts): string {
  const parts = [plural(counts.connections, 'connection')];
  if (counts.blocked > 0) parts.push(`${String(counts.blocked)} blocked`);
  if (counts.partial > 0) parts.push(`${String(counts.partial)} partly blocked`);
  return parts.join(', ');
}

/**
 * Whether a node is not drawn: a workload inside a collapsed namespace, a card of the group
 * outside the cluster collapsed.
 */
export function isHiddenNode(id: string, collapsed: ReadonlySet<string>): boolean {
  if (isOutsideCardId(id)) return collapsed.has(OUTSIDE_GROUP_ID);
  const ref = nodeRefParse(id);
  return ref?.kind === 'workload' && collapsed.has(ref.namespace);
}
