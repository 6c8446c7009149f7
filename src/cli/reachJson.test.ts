import { describe, expect, it } from 'vitest';
import type { TextSink } from './context';
import { reachJsonWrite } from './reachJson';
import { matrixFrom } from './testMatrix';

function collector(): { sink: TextSink; chunks: string[] } {
  const chunks: string[] = [];
  return { chunks, sink: { write: (text) => Promise.resolve(void chunks.push(text)) } };
}

describe('when writing reachability as JSON', () => {
  const pods = ['x/a', 'x/b'];
  const matrices = [matrixFrom(pods, ['.X', '..']), matrixFrom(pods, ['XX', 'X.'], 81, 'UDP')];

  it('prints exactly the results shape, every ordered pair, in pod order', async () => {
    const { sink, chunks } = collector();
    await reachJsonWrite(sink, { pods: [], count: 2, matrixAt: (i) => matrices[i]!, focus: null });
    expect(chunks.join('')).toBe(
      '{"results":[' +
        '{"port":80,"protocol":"TCP","allowed":{"x/a":{"x/a":true,"x/b":false},"x/b":{"x/a":true,"x/b":true}}},' +
        '{"port":81,"protocol":"UDP","allowed":{"x/a":{"x/a":false,"x/b":false},"x/b":{"x/a":false,"x/b":true}}}' +
        ']}\n',
    );
  });

  it('writes one chunk per source row, never the whole answer at once', async () => {
    const { sink, chunks } = collector();
    await reachJsonWrite(sink, { pods: [], count: 1, matrixAt: () => matrices[0]!, focus: null });
    expect(chunks).toContain('"x/a":{"x/a":true,"x/b":false}');
    expect(chunks).toContain(',"x/b":{"x/a":true,"x/b":true}');
  });

  it('prints an empty list when there is no port', async () => {
    const { sink, chunks } = collector();
    const matrixAt = () => {
      throw new Error('no matrix expected');
    };
    await reachJsonWrite(sink, { pods: [], count: 0, matrixAt, focus: null });
    expect(JSON.parse(chunks.join(''))).toEqual({ results: [] });
  });

  it('escapes names as JSON strings', async () => {
    const { sink, chunks } = collector();
    await reachJsonWrite(sink, {
      pods: [],
      count: 1,
      matrixAt: () => matrixFrom(['a/"q"'], ['.']),
      focus: null,
    });
    expect(JSON.parse(chunks.join(''))).toEqual({
      results: [{ port: 80, protocol: 'TCP', allowed: { 'a/"q"': { 'a/"q"': true } } }],
    });
  });

  it('keeps the row of the focused pod and, in every other row, its cell only', async () => {
    const { sink, chunks } = collector();
    const matrix = matrixFrom(['x/a', 'x/b', 'x/c'], ['.X.', 'X..', '...']);
    await reachJsonWrite(sink, { pods: [], count: 1, matrixAt: () => matrix, focus: 1 });
    expect(JSON.parse(chunks.join(''))).toEqual({
      results: [
        {
          port: 80,
          protocol: 'TCP',
          allowed: {
            'x/a': { 'x/b': false },
            'x/b': { 'x/a': false, 'x/b': true, 'x/c': true },
            'x/c': { 'x/b': true },
          },
        },
      ],
    });
  });
});
