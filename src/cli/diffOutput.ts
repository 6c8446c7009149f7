/**
 * `diff --output text|json|md` (`--json` is `--output json`), and the writers. The JSON
 * shape is documented in the README and in `diff --help`; keep it stable.
 */
import type { ConnectivityDiff, PortChange, RuleChange } from '../engine';
import { diffRows, diffSummary, oneSideLines } from '../engine';
import type { ParsedArgs } from './args';
import type { TextSink } from './context';
import { writeLines } from './context';
import type { OptionResult } from './options';
import { outputOption } from './outputOption';
import { markdownText } from './reach/markdown';

export const DIFF_OUTPUTS = ['text', 'json', 'md'] as const;
export type DiffOutput = (typeof DIFF_OUTPUTS)[number];

export function diffOutputOption(args: ParsedArgs): OptionResult<DiffOutput> {
  return outputOption(args, DIFF_OUTPUTS, 'text');
}

/** What the diff was made of, besides the diff itself. */
export interface DiffInput {
  readonly diff: ConnectivityDiff;
  /** Workloads compared (present on both sides). */
  readonly workloads: number;
  readonly changed: boolean;
}

function textLines({ diff, workloads, changed }: DiffInput): string[] {
  if (!changed) return [`No change: ${diffSummary(diff, workloads)}.`];
  const lines = [`${diffSummary(diff, workloads)}.`];
  let last = '';
  for (const row of diffRows(diff)) {
    const pair = `${row.from} → ${row.to}`;
    if (pair !== last) lines.push('', pair);
    last = pair;
    const what = row.allowed ? '+ newly allowed' : '- newly blocked';
    lines.push(`  ${what}  ${row.ports}`, `      ${row.because}`);
  }
  const oneSide = oneSideLines(diff);
  if (oneSide.length > 0)
    lines.push('', ...oneSide.map((l) => `${l.label}: ${l.names.join(', ')}`));
  return lines;
}

function markdownLines({ diff, workloads, changed }: DiffInput): string[] {
  const lines = [`**Connectivity diff:** ${diffSummary(diff, workloads)}`];
  if (!changed) return [...lines, '', 'No connection changed.'];
  const rows = diffRows(diff);
  if (rows.length > 0) {
    lines.push('', '| Change | From | To | Ports | Why |', '| --- | --- | --- | --- | --- |');
    for (const row of rows) {
      const cells = [
        row.allowed ? '🟢 newly allowed' : '🔴 newly blocked',
        `\`${row.from}\``,
        `\`${row.to}\``,
        markdownText(row.ports),
        markdownText(row.because),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  const oneSide = oneSideLines(diff);
  if (oneSide.length > 0) {
    lines.push(
      '',
      ...oneSide.map((l) => `- ${l.label}: ${l.names.map((n) => `\`${n}\``).join(', ')}`),
    );
  }
  return lines;
}

function ruleJson(change: RuleChange) {
  return {
    policy: { namespace: change.policy.namespace, name: change.policy.name },
    direction: change.direction,
    rule: change.rule,
    effect: change.effect,
  };
}

function portJson(change: PortChange) {
  return {
    port: change.port,
    protocol: change.protocol,
    because: change.because.map(ruleJson),
    reason: change.reason,
  };
}

/** The JSON document; field order is part of the format. */
export function diffJson({ diff, changed }: DiffInput) {
  return {
    changed,
    newlyAllowed: diff.newlyAllowed,
    newlyBlocked: diff.newlyBlocked,
    changes: diff.pairs.map((pair) => ({
      from: pair.from,
      to: pair.to,
      newlyAllowed: pair.newlyAllowed.map(portJson),
      newlyBlocked: pair.newlyBlocked.map(portJson),
    })),
    namespaces: { added: diff.namespaces.added, removed: diff.namespaces.removed },
    workloads: { added: diff.workloads.added, removed: diff.workloads.removed },
    ports: {
      compared: diff.compared.map(({ port, protocol }) => ({ port, protocol })),
      added: diff.ports.added.map(({ port, protocol }) => ({ port, protocol })),
      removed: diff.ports.removed.map(({ port, protocol }) => ({ port, protocol })),
    },
  };
}

export async function diffWrite(output: DiffOutput, sink: TextSink, input: DiffInput) {
  switch (output) {
    case 'text':
      return writeLines(sink, textLines(input));
    case 'md':
      return writeLines(sink, markdownLines(input));
    case 'json':
      return sink.write(`${JSON.stringify(diffJson(input))}\n`);
  }
}
