/**
 * `netpol-canvas diff BEFORE... --against AFTER...`: what a change to the manifests allows
 * and blocks, cell for cell as two `reach` runs would differ, with the rules that made each
 * difference. Exit 0: nothing changed; 1: something did (so CI can ask for a review);
 * 2: trouble (usage, unreadable or invalid input), as diff(1) does.
 */
import type { Doc } from '../../model';
import {
  compilePolicies,
  connectivityDiff,
  diffIsEmpty,
  enforces,
  workloadsInBoth,
} from '../../engine';
import { flagValue, flagValues } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { DIFF_SPEC } from './diffSpec';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { diffOutputOption, diffWrite } from '../diffOutput';
import { documentLoad } from '../documentLoad';
import { EXIT } from '../exitCode';
import { inferredDocs } from '../inferredPods';
import { networkPluginNote, networkPluginOption } from '../networkPluginOption';
import { portParse, protocolParse } from '../options';
import { usageFail } from '../usage';

const NAME = DIFF_SPEC.name;

/**
 * Loads one side; invalid input is trouble (2) here, since 1 means "changed". A side with
 * no document at all (a file a pull request adds has no "before") is an empty design.
 */
async function sideLoad(
  paths: readonly string[],
  ctx: CliContext,
): Promise<{ ok: true; doc: Doc } | { ok: false; exit: number }> {
  const loaded = await documentLoad(NAME, paths, ctx, { emptyIsDesign: true });
  if (!loaded.ok) {
    return { ok: false, exit: loaded.exit === EXIT.invalid ? EXIT.trouble : loaded.exit };
  }
  return { ok: true, doc: loaded.doc };
}

async function run(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const against = flagValues(args, 'against');
  if (against.length === 0) {
    return usageFail(ctx, NAME, 'no version to compare with (give --against FILE...)');
  }
  if (args.positionals.length === 0) {
    return usageFail(ctx, NAME, "no input file (give BEFORE..., or '-' for standard input)");
  }
  if (args.positionals.includes('-') && against.includes('-')) {
    return usageFail(ctx, NAME, "standard input ('-') can be read only once");
  }
  const portText = flagValue(args, 'port');
  const protocolText = flagValue(args, 'protocol');
  const port = portText === undefined ? undefined : portParse(portText);
  if (port?.ok === false) return usageFail(ctx, NAME, port.message);
  const protocol = protocolText === undefined ? undefined : protocolParse(protocolText);
  if (protocol?.ok === false) return usageFail(ctx, NAME, protocol.message);
  const output = diffOutputOption(args);
  if (!output.ok) return usageFail(ctx, NAME, output.message);
  const plugin = networkPluginOption(args);
  if (!plugin.ok) return usageFail(ctx, NAME, plugin.message);

  const before = await sideLoad(args.positionals, ctx);
  if (!before.ok) return before.exit;
  const after = await sideLoad(against, ctx);
  if (!after.ok) return after.exit;
  const [docBefore = before.doc, docAfter = after.doc] = await inferredDocs(
    NAME,
    args,
    [before.doc, after.doc],
    ctx,
  );
  const note = networkPluginNote(plugin.value);
  if (note !== null) await writeLines(ctx.stderr, [note]);

  const then = { doc: docBefore, index: compilePolicies(docBefore) };
  const now = { doc: docAfter, index: compilePolicies(docAfter) };
  const diff = connectivityDiff(then, now, {
    ports:
      port === undefined ? undefined : [{ port: port.value, protocol: protocol?.value ?? 'TCP' }],
    protocol: protocol?.value,
    enforced: enforces(plugin.value),
  });
  const changed = !diffIsEmpty(diff);
  const workloads = workloadsInBoth(then, now);
  await diffWrite(output.value, ctx.stdout, { diff, workloads, changed });
  return changed ? EXIT.changed : EXIT.ok;
}

export const diffCommand: Command = { spec: DIFF_SPEC, run };
