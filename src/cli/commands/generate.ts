/**
 * `netpol-canvas generate`: least-privilege NetworkPolicies from observed
 * traffic (Hubble's flow log or a CSV of connections), as kubectl-ready YAML
 * on standard output; what was read, and everything the proposal allows
 * beyond what was observed, on standard error.
 */
import { proposePolicies } from '../../engine';
import type { FlowsRead } from '../../io';
import { flowsRead, serializePolicies } from '../../io';
import { EMPTY_DOC } from '../../model';
import type { Doc } from '../../model';
import { flagSet, flagValue, flagValues } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { GENERATE_SPEC } from './generateSpec';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { documentLoad } from '../documentLoad';
import { EXIT } from '../exitCode';
import { PROGRAM } from '../help';
import { issueCounts, issueLine } from '../issueFormat';
import { networkPluginNote, networkPluginOption } from '../networkPluginOption';
import { sourcesRead } from '../sources';
import { usageFail } from '../usage';
import { summaryLines } from './generateSummary';

const NAME = GENERATE_SPEC.name;

function cidrPrefixOption(
  args: ParsedArgs,
): { ok: true; value?: number } | { ok: false; message: string } {
  const text = flagValue(args, 'cidr-prefix');
  if (text === undefined) return { ok: true };
  const value = /^[0-9]{1,2}$/.test(text) ? Number(text) : NaN;
  if (value >= 0 && value <= 32) return { ok: true, value };
  return {
    ok: false,
    message: `--cidr-prefix must be a prefix length from 0 to 32, not '${text}'`,
  };
}

async function invalid(ctx: CliContext, lines: readonly string[], what: string): Promise<number> {
  await writeLines(ctx.stderr, [...lines, `${PROGRAM} ${NAME}: ${what}`]);
  return EXIT.invalid;
}

async function flowsLoad(paths: readonly string[], ctx: CliContext): Promise<FlowsRead | number> {
  const read = await sourcesRead(paths, ctx);
  if (!read.ok) return usageFail(ctx, NAME, read.message);
  const flows = flowsRead(read.files);
  const issues = [...read.problems, ...flows.issues];
  if (issues.length > 0) {
    return invalid(ctx, issues.map(issueLine), `invalid flows (${issueCounts(issues)})`);
  }
  return flows;
}

async function run(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const flowPaths = flagValues(args, 'flows');
  if (flowPaths.length === 0) {
    return usageFail(
      ctx,
      NAME,
      'no flow log (give --flows FLOWS: hubble observe -o json, or a CSV)',
    );
  }
  if (flowPaths.includes('-') && args.positionals.includes('-')) {
    return usageFail(ctx, NAME, "standard input ('-') can be read only once");
  }
  const prefix = cidrPrefixOption(args);
  if (!prefix.ok) return usageFail(ctx, NAME, prefix.message);
  const plugin = networkPluginOption(args);
  if (!plugin.ok) return usageFail(ctx, NAME, plugin.message);
  let design: Doc = EMPTY_DOC;
  if (args.positionals.length > 0) {
    const loaded = await documentLoad(NAME, args.positionals, ctx);
    if (!loaded.ok) return loaded.exit;
    design = loaded.doc;
  }
  const flows = await flowsLoad(flowPaths, ctx);
  if (typeof flows === 'number') return flows;
  if (flows.connections.length === 0) {
    const counts = summaryLines(flows.counts, null, design);
    return invalid(ctx, counts, 'no connection in the flows: nothing to propose');
  }
  const result = proposePolicies(design, flows.connections, {
    defaultDeny: flagSet(args, 'default-deny'),
    ...(prefix.value !== undefined ? { cidrPrefix: prefix.value } : {}),
  });
  if (!result.ok) {
    return invalid(
      ctx,
      result.issues.map(issueLine),
      `invalid flows (${issueCounts(result.issues)})`,
    );
  }
  await ctx.stdout.write(serializePolicies(result.proposal.doc));
  const note = networkPluginNote(plugin.value);
  await writeLines(ctx.stderr, [
    ...summaryLines(flows.counts, result.proposal, design),
    ...(note === null ? [] : [note]),
  ]);
  return EXIT.ok;
}

export const generateCommand: Command = { spec: GENERATE_SPEC, run };
