import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yamlConstruct, yamlDump, yamlEvents } from './yaml';
import { propertyRuns } from '../../engine/__fixtures__/propertyRuns';

function read(text: string): unknown {
  const events = yamlEvents(text, 100);
  if (!events.ok) throw new Error(events.failure.message);
  const values = yamlConstruct(events.value, text);
  if (!values.ok) throw new Error(values.failure.message);
  return values.value[0];
}

describe('when scalars are read', () => {
  it('reads true and false as booleans, and the YAML 1.1-only words (yes, on, y…) as text', () => {
    expect(read('[yes, no, on, off, y, n, True, FALSE]')).toEqual([
      'yes',
      'no',
      'on',
      'off',
      'y',
      'n',
      true,
      false,
    ]);
  });

  it('keeps quoted booleans and numbers as strings', () => {
    expect(read(`["yes", 'on', "1.0", '80']`)).toEqual(['yes', 'on', '1.0', '80']);
  });

  it('reads YAML 1.1 numbers and nulls', () => {
    expect(read('[1.0, 0755, 0x1F, 1_000, ~, null, ""]')).toEqual([
      1,
      493,
      31,
      1000,
      null,
      null,
      '',
    ]);
  });

  it('keeps timestamps as text, as go-yaml does when decoding into JSON', () => {
    expect(read('[2024-01-01, 2024-01-01T10:00:00Z]')).toEqual([
      '2024-01-01',
      '2024-01-01T10:00:00Z',
    ]);
  });

  it('honours merge keys, explicit keys winning', () => {
    expect(read('base: &b {a: 1, b: 2}\ncopy: {<<: *b, b: 3}\n')).toEqual({
      base: { a: 1, b: 2 },
      copy: { a: 1, b: 3 },
    });
  });
});

describe('when values are written', () => {
  it('quotes strings that YAML 1.1 would read as something else', () => {
    expect(yamlDump({ a: 'yes', b: 'on', c: 'y', d: '1.0', e: '0755', f: 'null', g: '' })).toBe(
      "a: 'yes'\nb: 'on'\nc: 'y'\nd: '1.0'\ne: '0755'\nf: 'null'\ng: ''\n",
    );
  });

  it('keeps keys in insertion order and never folds long lines', () => {
    const long = 'x'.repeat(200);
    expect(yamlDump({ z: 1, a: long })).toBe(`z: 1\na: ${long}\n`);
  });

  it('writes text that reads back to the same strings', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })),
        (map) => {
          expect(read(yamlDump({ map }))).toEqual({ map });
        },
      ),
      propertyRuns(500),
    );
  });
});
