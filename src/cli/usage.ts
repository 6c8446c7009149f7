/** Usage errors: one message, a pointer to the help, exit 2. */
import type { CliContext } from './context';
import { EXIT } from './exitCode';
import { PROGRAM } from './help';

export async function usageFail(
  ctx: CliContext,
  command: string,
  message: string,
): Promise<number> {
  const who = command === '' ? PROGRAM : `${PROGRAM} ${command}`;
  const help = command === '' ? `${PROGRAM} --help` : `${PROGRAM} ${command} --help`;
  await ctx.stderr.write(`${who}: ${message}\nRun '${help}' for usage.\n`);
  return EXIT.usage;
}
