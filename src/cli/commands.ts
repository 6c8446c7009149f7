/**
 * Every subcommand with what it does. `main` imports this file only when a command runs, so
 * that `--help` and usage errors answer without loading the engine, the parser and js-yaml.
 */
import type { Command } from './command';
import { checkCommand } from './commands/check';
import { diffCommand } from './commands/diff';
import { explainCommand } from './commands/explain';
import { exportCommand } from './commands/export';
import { generateCommand } from './commands/generate';
import { reachCommand } from './commands/reach';
import { validateCommand } from './commands/validate';

export const COMMANDS: readonly Command[] = [
  reachCommand,
  explainCommand,
  validateCommand,
  exportCommand,
  checkCommand,
  diffCommand,
  generateCommand,
];
