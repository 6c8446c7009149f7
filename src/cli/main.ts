/**
 * The `netpol-canvas` command: dispatches to a subcommand and turns anything
 * unexpected into one line and exit 70, never a stack trace.
 */
import { version as packageVersion } from '../../package.json';
import { argsParse } from './args';
import type { ParsedArgs } from './args';
import { closeNames } from './closeNames';
import type { CommandSpec } from './command';
import { CHECK_SPEC } from './commands/checkSpec';
import { DIFF_SPEC } from './commands/diffSpec';
import { EXPLAIN_SPEC } from './commands/explainSpec';
import { EXPORT_SPEC } from './commands/exportSpec';
import { GENERATE_SPEC } from './commands/generateSpec';
import { REACH_SPEC } from './commands/reachSpec';
import { VALIDATE_SPEC } from './commands/validateSpec';
import type { CliContext } from './context';
import { messageSink } from './context';
import { EXIT } from './exitCode';
import { commandHelp, mainHelp, PROGRAM } from './help';
import { nodeContext } from './nodeContext';
import { OutputError } from './outputError';
import { usageFail } from './usage';

/** The commands in the order of the help; what each does is loaded when it runs (commands.ts). */
const SPECS: readonly CommandSpec[] = [
  REACH_SPEC,
  EXPLAIN_SPEC,
  VALIDATE_SPEC,
  EXPORT_SPEC,
  CHECK_SPEC,
  DIFF_SPEC,
  GENERATE_SPEC,
];

function specFind(name: string): CommandSpec | undefined {
  return SPECS.find((s) => s.name === name);
}

async function commandRun(spec: CommandSpec, args: ParsedArgs, ctx: CliContext): Promise<number> {
  const { COMMANDS } = await import('./commands');
  const command = COMMANDS.find((c) => c.spec.name === spec.name);
  if (command === undefined) throw new Error(`no command for the help of ${spec.name}`);
  return command.run(args, ctx);
}

async function unknownCommand(ctx: CliContext, name: string): Promise<number> {
  const near = closeNames(name, [...SPECS.map((s) => s.name), 'help'], 2);
  const hint = near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : '';
  return usageFail(ctx, '', `unknown command '${name}'${hint}`);
}

async function dispatch(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    await ctx.stderr.write(mainHelp(SPECS));
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    await ctx.stdout.write(mainHelp(SPECS));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    await ctx.stdout.write(`${PROGRAM} ${packageVersion}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      await ctx.stdout.write(mainHelp(SPECS));
      return EXIT.ok;
    }
    const spec = specFind(topic);
    if (spec === undefined) return unknownCommand(ctx, topic);
    await ctx.stdout.write(commandHelp(spec));
    return EXIT.ok;
  }
  if (first.startsWith('-')) return usageFail(ctx, '', `expected a command before ${first}`);
  const spec = specFind(first);
  if (spec === undefined) return unknownCommand(ctx, first);
  const parsed = argsParse(rest, spec.flags);
  if (!parsed.ok) return usageFail(ctx, spec.name, parsed.message);
  if (parsed.args.help) {
    await ctx.stdout.write(commandHelp(spec));
    return EXIT.ok;
  }
  return commandRun(spec, parsed.args, ctx);
}

/**
 * A write to standard output or error failed. A reader that went away (`| head -1`, EPIPE)
 * ends the command quietly with 141, the status a shell gives a Unix tool stopped by SIGPIPE,
 * so that `set -o pipefail` still sees the output was cut; anything else (a full disk) is
 * one line on standard error and exit 74.
 */
async function outputFail(ctx: CliContext, error: OutputError): Promise<number> {
  if (error.code === 'EPIPE') return EXIT.pipe;
  if (error.stream === 'standard output') {
    // Standard error may fail too (2>/dev/full): then the exit code is all there is to say.
    await ctx.stderr.write(`${PROGRAM}: ${error.message}\n`).catch(() => undefined);
  }
  return EXIT.output;
}

/** Runs the command line (without `node` and the script); resolves to the exit code. */
export async function main(
  argv: readonly string[],
  context: CliContext = nodeContext(),
): Promise<number> {
  // Every message is escaped on its way out, whatever names and flags it quotes.
  const ctx = { ...context, stderr: messageSink(context.stderr) };
  try {
    return await dispatch(argv, ctx);
  } catch (error) {
    if (error instanceof OutputError) return outputFail(ctx, error);
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await ctx.stderr.write(`${PROGRAM}: internal error: ${message.split('\n')[0] ?? ''}\n`);
    return EXIT.internal;
  }
}
