/** `netpol-canvas validate`: every problem, one per line, as the API server would see it. */
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { VALIDATE_SPEC } from './validateSpec';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { sourcesParse } from '../documentLoad';
import { EXIT } from '../exitCode';
import { PROGRAM } from '../help';
import { issueCounts, issueLine } from '../issueFormat';
import { usageFail } from '../usage';

async function run(args: ParsedArgs, ctx: CliContext): Promise<number> {
  // As kubectl reads YAML: a plain yes/no/on/off/y/n where text is expected is an error.
  const parsed = await sourcesParse(args.positionals, ctx, { booleanWords: 'error' });
  if (!parsed.ok && 'usage' in parsed) return usageFail(ctx, 'validate', parsed.usage);
  await writeLines(ctx.stdout, parsed.issues.map(issueLine));
  const files = args.positionals.length;
  const what = `${files} file${files === 1 ? '' : 's'}`;
  if (!parsed.ok) {
    await ctx.stderr.write(`${PROGRAM} validate: ${what}: ${issueCounts(parsed.issues)}\n`);
    return EXIT.invalid;
  }
  const { doc } = parsed;
  const warnings = parsed.issues.length;
  const counts = [
    count(doc.policies.length, 'policy', 'policies'),
    count(doc.workloads.length, 'workload'),
    count(doc.namespaces.length, 'namespace'),
  ].join(', ');
  const warned = warnings > 0 ? ` (${count(warnings, 'warning')})` : '';
  await ctx.stderr.write(`${PROGRAM} validate: ${what} ok: ${counts}${warned}\n`);
  return EXIT.ok;
}

/** `1 policy`, `2 policies`. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const validateCommand: Command = { spec: VALIDATE_SPEC, run };
