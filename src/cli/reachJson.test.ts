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
    await reachJsonWrite(sink, 2, (i) => matrices[i]!);
    expect(chunks.join('')).toBe(
      '{"results":[' +
        '{"port":80,"protocol":"TCP","allowed":{"x/a":{"x/a":true,"x/b":false},"x/b":{"x/a":true,"x/b":true}}},' +
        '{"port":81,"protocol":"UDP","allowed":{"x/a":{"x/a":false,"x/b":false},"x/b":{"x/a":false,"x/b":true}}}' +
        ']}\n',
    );
  });

  it('writes one chunk per source row, never the whole answer at once', async () => {
    const { sink, chunks } = collector();
    await reachJsonWrite(sink, 1, () => matrices[0]!);
    expect(chunks).toContain('"x/a":{"x/a":true,"x/b":false}');
    expect(chunks).toContain(',"x/b":{"x/a":true,"x/b":true}');
  });

  it('prints an empty list when there is no port', async () => {
    const { sink, chunks } = collector();
    await reachJsonWrite(sink, 0, () => {
      throw new Error('no matrix expected');
    });
    expect(JSON.parse(chunks.join(''))).toEqual({ results: [] });
  });

  it('escapes names as JSON strings', async () => {
    const { sink, chunks } = collector();
    await reachJsonWrite(sink, 1, () => matrixFrom(['a/"q"'], ['.']));
    expect(JSON.parse(chunks.join(''))).toEqual({
      results: [{ port: 80, protocol: 'TCP', allowed: { 'a/"q"': { 'a/"q"': true } } }],
    });
  });
});
