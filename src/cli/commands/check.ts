/** `netpol-canvas check`: assert policy intent in CI. */
import {
  compilePolicies,
  connectionGetsThrough,
  explainVerdict,
  explanationLines,
  isTrafficAllowed,
  portText,
} from '../../engine';
import type { Traffic } from '../../engine';
import { loadYaml } from '../../io';
import type { Doc, Issue } from '../../model';
import { flagValue } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { CHECK_SPEC } from './checkSpec';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { documentLoad } from '../documentLoad';
import { inferredDocs } from '../inferredPods';
import { endpointResolve } from '../endpointResolve';
import { EXIT } from '../exitCode';
import type { Expectation } from '../expectations';
import { expectationsRead } from '../expectations';
import { PROGRAM } from '../help';
import { issueCounts, issueLine } from '../issueFormat';
import { namedPortResolve } from '../namedPort';
import { networkPluginNote, networkPluginOption } from '../networkPluginOption';
import { sourcesRead } from '../sources';
import { usageFail } from '../usage';

type ExpectationsLoad =
  | { readonly ok: true; readonly expectations: readonly Expectation[] }
  | { readonly ok: false; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly usage: string };

async function expectationsLoad(path: string, ctx: CliContext): Promise<ExpectationsLoad> {
  const read = await sourcesRead([path], ctx);
  if (!read.ok) return { ok: false, usage: read.message };
  const [file] = read.files;
  if (file === undefined) return { ok: false, issues: read.problems };
  const loaded = loadYaml(file);
  if (!loaded.ok) return { ok: false, issues: loaded.issues };
  const { expectations, issues } = expectationsRead(loaded.documents, path, loaded.locate);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, expectations };
}

/** An expectation resolved against the document: its ends, and its port as a number. */
interface Checked {
  readonly expectation: Expectation;
  readonly traffic: Traffic;
}

/**
 * Resolves every expectation's ends and port name. One whose pods or port name
 * are not in the document is invalid input, reported like a parse error.
 */
function expectationsResolve(
  expectations: readonly Expectation[],
  doc: Doc,
  file: string,
): { checked: Checked[]; issues: Issue[] } {
  const checked: Checked[] = [];
  const issues: Issue[] = [];
  for (const e of expectations) {
    const problem = (field: string, message: string): void => {
      const { line, column } = e;
      issues.push({ file, line, column, path: `${e.path}.${field}`, severity: 'error', message });
    };
    const from = endpointResolve(e.from, doc);
    const to = endpointResolve(e.to, doc);
    if (!from.ok) problem('from', from.message);
    if (!to.ok) problem('to', to.message);
    if (!from.ok || !to.ok) continue;
    const port =
      typeof e.port === 'number'
        ? { ok: true as const, value: e.port }
        : namedPortResolve(e.port, to.endpoint, e.protocol, doc);
    if (!port.ok) {
      problem('port', port.message.replace(/^--port /, ''));
      continue;
    }
    const traffic = {
      from: from.endpoint,
      to: to.endpoint,
      port: port.value,
      protocol: e.protocol,
    };
    checked.push({ expectation: e, traffic });
  }
  return { checked, issues };
}

async function run(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const expectPath = flagValue(args, 'expect');
  if (expectPath === undefined) return usageFail(ctx, 'check', 'missing --expect EXPECT.yaml');
  const plugin = networkPluginOption(args);
  if (!plugin.ok) return usageFail(ctx, 'check', plugin.message);
  if (expectPath === '-' && args.positionals.includes('-')) {
    return usageFail(ctx, 'check', "standard input ('-') can be read only once");
  }
  const loaded = await documentLoad('check', args.positionals, ctx);
  if (!loaded.ok) return loaded.exit;
  const [doc = loaded.doc] = await inferredDocs('check', args, [loaded.doc], ctx);
  const expected = await expectationsLoad(expectPath, ctx);
  if (!expected.ok && 'usage' in expected) return usageFail(ctx, 'check', expected.usage);
  const resolved = expected.ok
    ? expectationsResolve(expected.expectations, doc, expectPath)
    : { checked: [], issues: expected.issues };
  const { issues } = resolved;
  if (!expected.ok || issues.length > 0) {
    await writeLines(ctx.stderr, [
      ...issues.map(issueLine),
      `${PROGRAM} check: invalid expectations (${issueCounts(issues)})`,
    ]);
    return EXIT.invalid;
  }

  const note = networkPluginNote(plugin.value);
  if (note !== null) await writeLines(ctx.stderr, [note]);
  const index = compilePolicies(doc);
  let failed = 0;
  for (const { expectation: e, traffic } of resolved.checked) {
    const verdict = isTrafficAllowed(index, traffic);
    if (connectionGetsThrough(plugin.value, verdict.allowed) === e.allowed) continue;
    failed++;
    const want = e.allowed ? 'allowed' : 'blocked';
    const port = portText(traffic, {
      sentence: true,
      name: typeof e.port === 'string' ? e.port : undefined,
    });
    const where = e.line > 0 ? ` (${expectPath}:${e.line})` : '';
    await writeLines(ctx.stdout, [
      `FAIL ${e.path}${where}: expected ${e.from} → ${e.to} on ${port} to be ${want}`,
      ...explanationLines(explainVerdict(verdict, doc, plugin.value)).map((line) => `  ${line}`),
      '',
    ]);
  }
  const passed = expected.expectations.length - failed;
  await ctx.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT.invalid : EXIT.ok;
}

export const checkCommand: Command = { spec: CHECK_SPEC, run };
