import { describe, expect, it } from 'vitest';
import type { TextSink } from '../context';
import { reachJsonWrite } from './json';
import { matrixFrom } from './testMatrix';

/** Collects what was written; bytes must be whole UTF-8 (a chunk never ends inside a character). */
function collector(): { sink: TextSink; chunks: string[] } {
  const chunks: string[] = [];
  const strict = new TextDecoder('utf-8', { fatal: true });
  const write = (chunk: string | Uint8Array) =>
    Promise.resolve(void chunks.push(typeof chunk === 'string' ? chunk : strict.decode(chunk)));
  return { chunks, sink: { write } };
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

  it('writes in chunks of about the size asked, cut between rows, never the whole answer', async () => {
    const pods = Array.from({ length: 40 }, (_, i) => `x/pod-ü${i}`);
    const rows = pods.map((_, from) =>
      pods.map((_, to) => ((from + to) % 3 === 0 ? 'X' : '.')).join(''),
    );
    const matrix = matrixFrom(pods, rows);
    const whole = collector();
    await reachJsonWrite(whole.sink, { pods: [], count: 1, matrixAt: () => matrix, focus: null });
    const { sink, chunks } = collector();
    await reachJsonWrite(sink, { pods: [], count: 1, matrixAt: () => matrix, focus: null }, 4096);
    expect(chunks.join('')).toBe(whole.chunks.join(''));
    // Several rows a chunk, and several chunks.
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.length).toBeLessThan(pods.length / 2);
    for (const chunk of chunks)
      expect(new TextEncoder().encode(chunk).length).toBeLessThanOrEqual(4096);
    for (const chunk of chunks.slice(1, -1)) expect(chunk).toMatch(/^,"x\/pod-ü\d+":\{.*\}$/);
  });

  it('writes a row longer than a chunk whole, in a chunk of its own', async () => {
    const pods = ['x/a', 'x/b', 'x/c'];
    const matrix = matrixFrom(pods, ['.X.', 'X..', '...']);
    const { sink, chunks } = collector();
    await reachJsonWrite(sink, { pods: [], count: 1, matrixAt: () => matrix, focus: null }, 8);
    expect(chunks).toContain(',"x/b":{"x/a":false,"x/b":true,"x/c":true}');
    expect(JSON.parse(chunks.join(''))).toEqual({
      results: [
        {
          port: 80,
          protocol: 'TCP',
          allowed: {
            'x/a': { 'x/a': true, 'x/b': false, 'x/c': true },
            'x/b': { 'x/a': false, 'x/b': true, 'x/c': true },
            'x/c': { 'x/a': true, 'x/b': true, 'x/c': true },
          },
        },
      ],
    });
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

  it('cuts rows of names in any script at the right bytes', async () => {
    const pods = ['x/ü', 'x/日本', 'x/😀', 'a/"q"', 'x/plain'];
    const rows = ['.X.X.', 'X.X.X', '..XX.', 'XX..X', '.X.X.'];
    const { sink, chunks } = collector();
    await reachJsonWrite(sink, {
      pods: [],
      count: 1,
      matrixAt: () => matrixFrom(pods, rows),
      focus: null,
    });
    const allowed = Object.fromEntries(
      pods.map((from, i) => [
        from,
        Object.fromEntries(pods.map((to, j) => [to, rows[i]?.[j] === '.'])),
      ]),
    );
    expect(JSON.parse(chunks.join(''))).toEqual({
      results: [{ port: 80, protocol: 'TCP', allowed }],
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
