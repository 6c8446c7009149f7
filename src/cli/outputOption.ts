/** `--output FORMAT` with `--json` as its short form, for every command that has formats. */
import type { ParsedArgs } from './args';
import { flagSet, flagValue } from './args';
import type { OptionResult } from './options';

export function outputOption<T extends string>(
  args: ParsedArgs,
  outputs: readonly T[],
  fallback: T,
): OptionResult<T> {
  const text = flagValue(args, 'output');
  const json = flagSet(args, 'json');
  const jsonOutput = outputs.find((o) => o === 'json');
  if (text === undefined) return { ok: true, value: json && jsonOutput ? jsonOutput : fallback };
  const output = outputs.find((o) => o === text.toLowerCase());
  if (output === undefined) {
    return { ok: false, message: `--output must be one of ${outputs.join(', ')}, not '${text}'` };
  }
  if (json && output !== 'json') {
    return { ok: false, message: `--json and --output ${output} ask for two formats` };
  }
  return { ok: true, value: output };
}
