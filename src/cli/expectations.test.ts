import { describe, expect, it } from 'vitest';
import { expectationsRead } from './expectations';

const read = (documents: unknown[]) => expectationsRead(documents, 'expect.yaml');
const problems = (documents: unknown[]) =>
  read(documents).issues.map((i) => `${i.path}: ${i.message}`);

describe('when the expectations file is well formed', () => {
  it('reads a list, defaulting the protocol to TCP', () => {
    expect(read([[{ from: 'x/a', to: 'x/b', port: 80, allowed: true }]])).toEqual({
      expectations: [
        {
          index: 0,
          path: '[0]',
          from: 'x/a',
          to: 'x/b',
          port: 80,
          protocol: 'TCP',
          allowed: true,
          line: 0,
          column: 0,
        },
      ],
      issues: [],
    });
  });

  it('reads {expectations: [...]} and a protocol in any case', () => {
    const { expectations } = read([
      { expectations: [{ from: 'a', to: '10.0.0.1', port: 53, protocol: 'udp', allowed: false }] },
    ]);
    expect(expectations[0]).toMatchObject({
      path: 'expectations[0]',
      protocol: 'UDP',
      allowed: false,
    });
  });

  it("keeps a port name, to be looked up on the destination's ports", () => {
    const { expectations, issues } = read([
      [{ from: 'x/a', to: 'x/b', port: 'serve-80-tcp', allowed: true }],
    ]);
    expect(issues).toEqual([]);
    expect(expectations[0]?.port).toBe('serve-80-tcp');
  });

  it('numbers items across documents and skips empty documents', () => {
    const item = { from: 'x/a', to: 'x/b', port: 80, allowed: true };
    expect(read([[item], null, [item]]).expectations.map((e) => e.path)).toEqual(['[0]', '[1]']);
  });
});

describe('when an expectation is wrong', () => {
  it('names the item and the field', () => {
    expect(
      problems([
        [
          { from: 'x/a', to: 'x/b', port: 80, allowed: true },
          { from: 'x/a', to: 7, port: 0, protocol: 'HTTP', allowed: 'yes' },
        ],
      ]),
    ).toEqual([
      '[1].to: must be a pod namespace/name or an IP, not 7',
      '[1].port: must be a number from 1 to 65535, not 0',
      "[1].protocol: must be TCP, UDP or SCTP, not 'HTTP'",
      "[1].allowed: must be true or false, not 'yes'",
    ]);
  });

  it('reports missing fields and suggests the field a typo meant', () => {
    expect(problems([[{ from: 'x/a', to: 'x/b', port: 80, alowed: true }]])).toEqual([
      '[0].alowed: unknown field (did you mean allowed?); expected from, to, port, protocol, allowed',
      '[0]: missing allowed (true or false)',
    ]);
  });

  it('rejects an item that is not a mapping', () => {
    expect(problems([['x/a -> x/b']])).toEqual([
      "[0]: each expectation must be a mapping {from, to, port, protocol?, allowed}, not 'x/a -> x/b'",
    ]);
  });
});

describe('when the file was read with places', () => {
  it('puts each problem at the line of its field, counting items per document', () => {
    const places: string[] = [];
    const locate = (document: number, path: string) => {
      places.push(`${document} ${path}`);
      return { line: document + 1, column: path.length };
    };
    const item = { from: 'x/a', to: 'x/b', port: 80, allowed: true };
    const { issues } = expectationsRead(
      [[item], [item, { ...item, port: 'Bad Name' }]],
      'expect.yaml',
      locate,
    );
    expect(issues.map((i) => `${i.line}:${i.column} ${i.path}`)).toEqual(['2:8 [2].port']);
    expect(places).toContain('1 [1].port');
  });
});

describe('when the file is not a list of expectations', () => {
  it('says what it should hold', () => {
    expect(problems([{ from: 'x/a' }])).toEqual([
      ': expected a list of {from, to, port, protocol?, allowed} (or {expectations: [...]})',
    ]);
    expect(problems([{ expectations: 'none' }])).toEqual([
      'expectations: must be a list of {from, to, port, protocol?, allowed}',
    ]);
  });

  it('refuses an empty file', () => {
    expect(problems([null])).toEqual([': the file holds no expectations']);
  });
});
