/**
 * Reads the input files and parses them into one document. Parse errors are
 * printed in the `validate` format on stderr (exit 1); warnings are counted in
 * one line on stderr so that stdout stays clean for pipes.
 */
import { parseFiles } from '../io';
import type { ParseOptions } from '../io';
import type { Doc, Issue } from '../model';
import type { CliContext } from './context';
import { writeLines } from './context';
import { EXIT } from './exitCode';
import { PROGRAM } from './help';
import { issueCounts, issueLine, issuesSorted } from './issueFormat';
import { inputPathsExpand } from './inputPaths';
import { reason, sourcesRead } from './sources';
import { usageFail } from './usage';

export type DocumentLoad =
  | { readonly ok: true; readonly doc: Doc; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly exit: number };

/** Reads and parses; every issue is returned, nothing is printed. */
export type SourcesParse =
  | { readonly ok: true; readonly doc: Doc; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly usage: string };

export async function sourcesParse(
  paths: readonly string[],
  ctx: CliContext,
  options: ParseOptions = {},
): Promise<SourcesParse> {
  if (paths.length === 0)
    return { ok: false, usage: "no input file (give FILE..., or '-' for standard input)" };
  const expanded = await inputPathsExpand(paths);
  if (!expanded.ok) {
    return { ok: false, usage: `cannot read ${expanded.path}: ${reason(expanded.error)}` };
  }
  const read = await sourcesRead(expanded.files, ctx);
  if (!read.ok) return { ok: false, usage: read.message };
  const parsed = read.files.length > 0 ? parseFiles(read.files, options) : null;
  const issues = issuesSorted([...read.problems, ...(parsed?.issues ?? [])], expanded.files);
  if (parsed === null || !parsed.ok || read.problems.length > 0) return { ok: false, issues };
  return { ok: true, doc: parsed.doc, issues };
}

export async function documentLoad(
  command: string,
  paths: readonly string[],
  ctx: CliContext,
  options: ParseOptions = {},
): Promise<DocumentLoad> {
  const parsed = await sourcesParse(paths, ctx, options);
  if (!parsed.ok && 'usage' in parsed)
    return { ok: false, exit: await usageFail(ctx, command, parsed.usage) };
  if (!parsed.ok) {
    await writeLines(ctx.stderr, [
      ...parsed.issues.map(issueLine),
      `${PROGRAM} ${command}: invalid input (${issueCounts(parsed.issues)})`,
    ]);
    return { ok: false, exit: EXIT.invalid };
  }
  if (parsed.issues.length > 0) {
    const n = parsed.issues.length;
    await ctx.stderr.write(
      `${PROGRAM}: ${n} warning${n === 1 ? '' : 's'} in the input ('${PROGRAM} validate' lists them)\n`,
    );
  }
  return { ok: true, doc: parsed.doc, warnings: parsed.issues };
}
