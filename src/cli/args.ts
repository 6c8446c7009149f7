/**
 * Command-line arguments: positionals (files) and `--flag`, `--flag value`,
 * `--flag=value`, and for a list flag `--flag A B C` (every argument up to the next
 * flag). `-` is a positional (standard input), or a value of a list flag; `--` ends the flags.
 * Every command accepts `-h`/`--help`.
 */
import { closeNames } from './closeNames';

export interface FlagSpec {
  /** Without dashes: `port` for `--port`. */
  readonly name: string;
  /** Names the value (`N`) when the flag takes one; absent for a switch. */
  readonly value?: string;
  /** The flag takes every following argument up to the next flag (`--against A.yaml B.yaml`). */
  readonly list?: true;
  /** The flag may be given more than once (`--flows a.json --flows b.csv`); its values are a list. */
  readonly repeatable?: true;
  readonly description: string;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** A switch maps to `true`, a flag with a value to its text. */
  readonly flags: ReadonlyMap<string, string | true>;
  /** The values of each list flag given, in order. */
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly help: boolean;
}

export type ArgsResult =
  | { readonly ok: true; readonly args: ParsedArgs }
  | { readonly ok: false; readonly message: string };

function unknownFlag(token: string, specs: readonly FlagSpec[]): string {
  const names = [...specs.map((s) => `--${s.name}`), '--help'];
  const near = closeNames(token.split('=')[0] ?? token, names, 2);
  const hint = near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : '';
  return `unknown flag ${token}${hint}`;
}

export function argsParse(argv: readonly string[], specs: readonly FlagSpec[]): ArgsResult {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token === '-h' || token === '--help') {
      help = true;
      continue;
    }
    if (!token.startsWith('-') || token === '-') {
      positionals.push(token);
      continue;
    }
    if (!token.startsWith('--')) return { ok: false, message: unknownFlag(token, specs) };
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    const spec = specs.find((s) => s.name === name);
    if (spec === undefined) return { ok: false, message: unknownFlag(token, specs) };
    if (flags.has(name) || (lists.has(name) && spec.repeatable !== true)) {
      return { ok: false, message: `--${name} given more than once` };
    }
    if (spec.list === true && eq === -1) {
      const values: string[] = [];
      while (i + 1 < argv.length) {
        const next = argv[i + 1] ?? '';
        if (next === '--' || (next.startsWith('-') && next !== '-')) break;
        values.push(next);
        i++;
      }
      if (values.length === 0) {
        return { ok: false, message: `--${name} needs a value (--${name} ${spec.value ?? ''})` };
      }
      lists.set(name, values);
      continue;
    }
    if (spec.value === undefined) {
      if (eq !== -1) return { ok: false, message: `--${name} takes no value` };
      flags.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = token.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '') {
      return { ok: false, message: `--${name} needs a value (--${name} ${spec.value})` };
    }
    if (spec.list === true || spec.repeatable === true) {
      lists.set(name, [...(lists.get(name) ?? []), value]);
    } else flags.set(name, value);
  }
  return { ok: true, args: { positionals, flags, lists, help } };
}

/** The text of a flag that takes a value, or undefined when it was not given. */
export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function flagSet(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}

/** The values of a list or repeatable flag, in order, or an empty list when it was not given. */
export function flagValues(args: ParsedArgs, name: string): readonly string[] {
  return args.lists.get(name) ?? [];
}
