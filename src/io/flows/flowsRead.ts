/**
 * A flow log read into connections: Hubble's JSON lines or a CSV (told by the
 * file's first character), one connection per opener, destination, port and
 * protocol. Replies are folded into the connection they answer, and a
 * connection seen many times (Hubble reports it at the source's node as
 * EGRESS and at the destination's as INGRESS, and once per packet batch) is
 * one. Dropped flows and ICMP are counted and left out.
 */
import type { Issue, ObservedConnection, ObservedEnd } from '../../model';
import { issueAt } from '../text/fileIssue';
import type { SourceFile } from '../text/sourceFile';
import type { FlowCandidate, FlowLine } from './flowLine';
import { csvFlowRead, csvIsHeader } from './flowsCsv';
import type { FlowProblem } from './hubbleFlow';
import { hubbleFlowRead } from './hubbleFlow';

export interface FlowCounts {
  /** Flows read (lines that are flows, in every file). */
  readonly flows: number;
  /** Flows that answer a connection (`is_reply`, or a reverse flow back to the opener's port). */
  readonly replies: number;
  /** Flows of a connection already read. */
  readonly duplicates: number;
  /** Flows the network dropped (verdict DROPPED or ERROR). */
  readonly dropped: number;
  /** ICMP flows: a NetworkPolicy cannot name ICMP. */
  readonly icmp: number;
  /** Hubble events that are not flows. */
  readonly events: number;
  /** Flows between two addresses outside the cluster: no policy applies. */
  readonly outside: number;
}

export interface FlowsRead {
  readonly connections: readonly ObservedConnection[];
  readonly counts: FlowCounts;
  /** Errors (a line that is not a flow) with file and line. */
  readonly issues: readonly Issue[];
}

export type FlowFormat = 'hubble' | 'csv';

/** Hubble's JSON when the first character that is not blank is `{`, else CSV. */
export function flowFormatOf(file: SourceFile): FlowFormat {
  return /^\s*\{/.test(file.text.replace(/^\uFEFF/, '')) ? 'hubble' : 'csv';
}

/**
 * Whether a file is a flow log rather than manifests: a `.csv`, or JSON lines
 * whose first object is a Hubble flow (`{"flow": …}`, or one with `source`,
 * `destination` and `l4`).
 */
export function isFlowLog(file: SourceFile): boolean {
  if (/\.csv$/i.test(file.name)) return true;
  const first =
    file.text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split('\n', 1)[0] ?? '';
  if (!first.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(first);
    if (typeof value !== 'object' || value === null) return false;
    return 'flow' in value || ('l4' in value && ('source' in value || 'destination' in value));
  } catch (_notOneLine) {
    return false; // a JSON manifest spread over lines, not a flow log
  }
}

function linesOf(file: SourceFile): { read: FlowLine[]; problems: Issue[] } {
  const format = flowFormatOf(file);
  const read: FlowLine[] = [];
  const problems: Issue[] = [];
  const lines = file.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let first = true;
  lines.forEach((raw, i) => {
    const lineText = raw.trim();
    if (lineText === '' || (format === 'csv' && lineText.startsWith('#'))) return;
    const isHeader = first && format === 'csv' && csvIsHeader(lineText);
    first = false;
    if (isHeader) return;
    const result: FlowLine | FlowProblem =
      format === 'hubble' ? hubbleFlowRead(lineText, i + 1) : csvFlowRead(lineText, i + 1);
    if ('problem' in result) {
      const what = format === 'hubble' ? 'Hubble flow' : 'CSV connection';
      const message = `not a ${what}: ${result.problem}`;
      problems.push(issueAt(file.name, { line: i + 1, column: 1 }, '', 'error', message));
    } else {
      read.push(result);
    }
  });
  return { read, problems };
}

function endKey(end: ObservedEnd): string {
  return end.kind === 'pod' ? `pod ${end.namespace}/${end.pod}` : `ip ${end.ip}`;
}

function connectionKey(flow: FlowCandidate): string {
  return `${endKey(flow.from)} ${endKey(flow.to)} ${flow.port}/${flow.protocol}`;
}

/**
 * A flow whose log does not say `is_reply` is a reply when a flow the other
 * way goes to this flow's source port from its destination port, and that one
 * is not a reply itself (or, neither saying, goes to the lower port: replies
 * go back to the opener's ephemeral port).
 */
function isReply(flow: FlowCandidate, byPorts: ReadonlyMap<string, FlowCandidate[]>): boolean {
  if (flow.reply !== undefined) return flow.reply;
  if (flow.sourcePort === undefined) return false;
  const reverse = byPorts.get(
    `${endKey(flow.to)} ${endKey(flow.from)} ${flow.sourcePort}/${flow.protocol} ${flow.port}`,
  );
  return (reverse ?? []).some(
    (other) => other.reply === false || (other.reply === undefined && flow.port > other.port),
  );
}

/** Reads every file; the connections are in the order first seen. */
export function flowsRead(files: readonly SourceFile[]): FlowsRead {
  const issues: Issue[] = [];
  const candidates: { file: string; flow: FlowCandidate }[] = [];
  const counts = {
    flows: 0,
    replies: 0,
    duplicates: 0,
    dropped: 0,
    icmp: 0,
    events: 0,
    outside: 0,
  };
  for (const file of files) {
    const { read, problems } = linesOf(file);
    issues.push(...problems);
    for (const entry of read) {
      if (entry.kind === 'event') counts.events++;
      else counts.flows++;
      if (entry.kind === 'dropped') counts.dropped++;
      if (entry.kind === 'icmp') counts.icmp++;
      if (entry.kind === 'flow') candidates.push({ file: file.name, flow: entry });
    }
  }
  const byPorts = new Map<string, FlowCandidate[]>();
  for (const { flow } of candidates) {
    if (flow.sourcePort === undefined) continue;
    const key = `${connectionKey(flow)} ${flow.sourcePort}`;
    byPorts.set(key, [...(byPorts.get(key) ?? []), flow]);
  }
  const connections = new Map<string, ObservedConnection>();
  for (const { file, flow } of candidates) {
    if (isReply(flow, byPorts)) {
      counts.replies++;
      continue;
    }
    if (flow.from.kind === 'ip' && flow.to.kind === 'ip') {
      counts.outside++;
      continue;
    }
    const key = connectionKey(flow);
    if (connections.has(key)) {
      counts.duplicates++;
      continue;
    }
    const { from, to, port, protocol, line } = flow;
    connections.set(key, { from, to, port, protocol, file, line });
  }
  return { connections: [...connections.values()], counts, issues };
}
