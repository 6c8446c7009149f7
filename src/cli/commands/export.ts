/** `netpol-canvas export`: normalized, kubectl-ready YAML on standard output. */
import { serializeDocument, serializePolicies } from '../../io';
import { flagSet } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { EXPORT_SPEC } from './exportSpec';
import type { CliContext } from '../context';
import { documentLoad } from '../documentLoad';
import { EXIT } from '../exitCode';

async function run(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const loaded = await documentLoad('export', args.positionals, ctx);
  if (!loaded.ok) return loaded.exit;
  const all = flagSet(args, 'all');
  if (!all && loaded.doc.policies.length === 0) {
    await ctx.stderr.write(
      'netpol-canvas export: the input holds no NetworkPolicy (--all writes the model too)\n',
    );
  }
  await ctx.stdout.write(all ? serializeDocument(loaded.doc) : serializePolicies(loaded.doc));
  return EXIT.ok;
}

export const exportCommand: Command = { spec: EXPORT_SPEC, run };
