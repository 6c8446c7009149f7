import { describe, expect, it } from 'vitest';
import { argsParse, flagSet, flagValue } from './args';
import type { FlagSpec } from './args';

const flags: FlagSpec[] = [
  { name: 'port', value: 'N', description: '' },
  { name: 'json', description: '' },
];

function parsed(argv: string[]) {
  const result = argsParse(argv, flags);
  if (!result.ok) throw new Error(result.message);
  return result.args;
}

function failure(argv: string[]): string {
  const result = argsParse(argv, flags);
  if (result.ok) throw new Error('expected a usage error');
  return result.message;
}

describe('when reading the command line', () => {
  it('keeps files in order, with - as standard input', () => {
    expect(parsed(['a.yaml', '-', 'b.yaml']).positionals).toEqual(['a.yaml', '-', 'b.yaml']);
  });

  it('reads a value after the flag or after =', () => {
    expect(flagValue(parsed(['--port', '80']), 'port')).toBe('80');
    expect(flagValue(parsed(['--port=81']), 'port')).toBe('81');
  });

  it('reads switches and help anywhere', () => {
    const args = parsed(['x.yaml', '--json', '-h']);
    expect(flagSet(args, 'json')).toBe(true);
    expect(args.help).toBe(true);
  });

  it('treats everything after -- as files', () => {
    expect(parsed(['--', '--json']).positionals).toEqual(['--json']);
  });
});

describe('when the command line is wrong', () => {
  it('rejects an unknown flag and suggests a close one', () => {
    expect(failure(['--prot', '80'])).toBe('unknown flag --prot (did you mean --port?)');
  });

  it('rejects a short flag it does not know', () => {
    expect(failure(['-p', '80'])).toMatch(/^unknown flag -p/);
  });

  it('rejects a flag without its value', () => {
    expect(failure(['--port'])).toBe('--port needs a value (--port N)');
    expect(failure(['--port='])).toBe('--port needs a value (--port N)');
  });

  it('rejects a value given to a switch', () => {
    expect(failure(['--json=yes'])).toBe('--json takes no value');
  });

  it('rejects a flag given twice', () => {
    expect(failure(['--port', '80', '--port', '81'])).toBe('--port given more than once');
  });
});
