/** The lines `generate` writes on standard error: what was read, what was proposed, what is broader. */
import type { Proposal } from '../../engine';
import type { FlowCounts } from '../../io';
import type { Doc } from '../../model';
import { PROGRAM } from '../help';

function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function readLine(counts: FlowCounts, connections: number): string {
  const folded = [
    counts.replies > 0 ? counted(counts.replies, 'reply', 'replies') : '',
    counts.duplicates > 0 ? counted(counts.duplicates, 'repeated report') : '',
  ].filter((s) => s !== '');
  const left = [
    counts.dropped > 0 ? counted(counts.dropped, 'dropped flow') : '',
    counts.icmp > 0
      ? `${counted(counts.icmp, 'ICMP flow')} (a NetworkPolicy cannot name ICMP)`
      : '',
    counts.outside > 0
      ? `${counted(counts.outside, 'flow')} between two addresses outside the cluster`
      : '',
    counts.events > 0
      ? `${counted(counts.events, 'Hubble event')} that ${counts.events === 1 ? 'is' : 'are'} not a flow`
      : '',
  ].filter((s) => s !== '');
  return [
    `read ${counted(counts.flows, 'flow')}: ${counted(connections, 'connection')}`,
    folded.length > 0 ? `folded ${folded.join(' and ')}` : '',
    left.length > 0 ? `left out ${left.join(', ')}` : '',
  ]
    .filter((s) => s !== '')
    .join('; ');
}

export function summaryLines(counts: FlowCounts, proposal: Proposal | null, design: Doc): string[] {
  const who = `${PROGRAM} generate:`;
  const lines = [`${who} ${readLine(counts, proposal?.connections.length ?? 0)}`];
  if (proposal === null) return lines;
  const { added, policies, broader } = proposal;
  const addedText = [
    ...added.namespaces.map((n) => `namespace ${n.name}`),
    ...added.workloads.map((w) => `workload ${w.namespace}/${w.name}`),
    ...added.externals.map((e) => `address ${e.cidr}`),
  ];
  lines.push(
    `${who} ${counted(policies.length, 'NetworkPolicy', 'NetworkPolicies')} proposed` +
      (addedText.length > 0 ? `; added from the flows: ${addedText.join(', ')}` : ''),
  );
  if (design.policies.length > 0) {
    lines.push(
      `${who} the design's ${counted(design.policies.length, 'NetworkPolicy', 'NetworkPolicies')} ` +
        'left out: the proposal is meant to replace them (where they stay, they allow what they allow)',
    );
  }
  if (broader.length > 0) {
    lines.push(
      `${who} allowed beyond what was observed:`,
      ...broader.map((b) => `  - ${b.message}`),
    );
  }
  return lines;
}
