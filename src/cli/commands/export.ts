/** `netpol-canvas export`: normalized, kubectl-ready YAML on standard output. */
import { serializeDocument, serializePolicies } from '../../io';
import { flagSet } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
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

export const exportCommand: Command = {
  spec: {
    name: 'export',
    synopsis: 'export FILE... [--all]',
    summary: 'Write the NetworkPolicies as normalized, kubectl-ready YAML.',
    details: [
      "One document per NetworkPolicy, separated by '---', keys in a stable order, policyTypes",
      'written out, server-side fields dropped; the same input always gives the same bytes.',
      'With --all, the namespaces, workloads and external endpoints come first, in a form that',
      'netpol-canvas reads back, so that a whole design round-trips.',
    ],
    flags: [
      { name: 'all', description: 'also write namespaces, workloads and external endpoints' },
    ],
    examples: [
      'export dump.yaml > policies.yaml',
      'export dump.yaml | kubectl create -f -',
      'export --all design.yaml',
    ],
  },
  run,
};
