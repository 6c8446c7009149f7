/** A subcommand: its help (also the source of its flags) and what it does. */
import type { FlagSpec, ParsedArgs } from './args';
import type { CliContext } from './context';

export interface CommandSpec {
  readonly name: string;
  /** `reach FILE... [--port N] …`, without the program name. */
  readonly synopsis: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Paragraph lines printed under the synopsis. */
  readonly details: readonly string[];
  readonly flags: readonly FlagSpec[];
  readonly examples: readonly string[];
}

export interface Command {
  readonly spec: CommandSpec;
  /** Resolves to the exit code. */
  readonly run: (args: ParsedArgs, ctx: CliContext) => Promise<number>;
}
