import { describe, expect, it } from 'vitest';
import { argsParse, flagSet, flagValue, flagValues } from './args';
import type { FlagSpec } from './args';

const flags: FlagSpec[] = [
  { name: 'port', value: 'N', description: '' },
  { name: 'json', description: '' },
  { name: 'against', value: 'FILE...', list: true, description: '' },
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

  it('takes every argument up to the next flag as values of a list flag, - included', () => {
    const args = parsed(['a.yaml', '--against', 'b.yaml', '-', 'c.yaml', '--json', 'd.yaml']);
    expect(flagValues(args, 'against')).toEqual(['b.yaml', '-', 'c.yaml']);
    expect(args.positionals).toEqual(['a.yaml', 'd.yaml']);
    expect(flagValues(parsed(['--against=e.yaml']), 'against')).toEqual(['e.yaml']);
    expect(flagValues(parsed(['x.yaml']), 'against')).toEqual([]);
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

  it('rejects a list flag without a value, or given twice', () => {
    expect(failure(['a.yaml', '--against', '--json'])).toBe(
      '--against needs a value (--against FILE...)',
    );
    expect(failure(['--against', 'a', '--against', 'b'])).toBe('--against given more than once');
  });

  it('rejects a value given to a switch', () => {
    expect(failure(['--json=yes'])).toBe('--json takes no value');
  });

  it('rejects a flag given twice', () => {
    expect(failure(['--port', '80', '--port', '81'])).toBe('--port given more than once');
  });

  it('keeps every value of a flag that may be repeated, in order', () => {
    const specs: FlagSpec[] = [{ name: 'flows', value: 'FILE', description: '', repeatable: true }];
    const result = argsParse(['--flows', 'a.json', 'x.yaml', '--flows=b.csv'], specs);
    expect(result.ok && flagValues(result.args, 'flows')).toEqual(['a.json', 'b.csv']);
    expect(result.ok && result.args.positionals).toEqual(['x.yaml']);
    expect(flagValues(parsed([]), 'flows')).toEqual([]);
  });
});
