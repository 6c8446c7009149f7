import { describe, expect, it } from 'vitest';
import { ASCII_SYMBOLS, GRID_MAX_PODS, reachTableLines, UNICODE_SYMBOLS } from './table';
import { matrixFrom } from './testMatrix';

describe('when a few pods fit a grid', () => {
  const matrix = matrixFrom(['x/a', 'x/b', 'y/a'], ['. X .', '. . .', 'X X .']);

  it('heads columns with pod names and marks each cell', () => {
    expect(reachTableLines(matrix, UNICODE_SYMBOLS)).toEqual([
      'TCP port 80 (rows: from, columns: to; ✓ allowed, ✗ blocked)',
      'from \\ to x/a x/b y/a',
      'x/a         ✓   ✗   ✓',
      'x/b         ✓   ✓   ✓',
      'y/a         ✗   ✗   ✓',
      'TCP port 80: 6 of 9 pairs allowed, 3 blocked',
    ]);
  });

  it('uses . and X in ASCII mode', () => {
    expect(reachTableLines(matrix, ASCII_SYMBOLS)[2]).toBe('x/a         .   X   .');
  });
});

describe('when pod names are too long for named columns', () => {
  const pods = Array.from({ length: 12 }, (_, i) => `namespace-${i}/deployment-${i}`);
  const rows = pods.map((_, i) => pods.map((_p, j) => (i === j ? 'X' : '.')).join(''));
  const lines = reachTableLines(matrixFrom(pods, rows, 53, 'UDP'), ASCII_SYMBOLS);

  it('numbers the columns and the rows', () => {
    const numbers = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2)).join(' ');
    expect(lines[1]).toBe(
      `${'from \\ to'.padEnd('12 namespace-11/deployment-11'.length)} ${numbers}`,
    );
    expect(lines[2]?.startsWith(' 1 namespace-0/deployment-0')).toBe(true);
    expect(lines[2]?.endsWith(' X  .  .  .  .  .  .  .  .  .  .  .')).toBe(true);
  });

  it('counts the pairs', () => {
    expect(lines.at(-1)).toBe('UDP port 53: 132 of 144 pairs allowed, 12 blocked');
  });
});

describe('when there are too many pods for a grid', () => {
  const n = GRID_MAX_PODS + 2;
  const pods = Array.from({ length: n }, (_, i) => `ns/p${i}`);
  const rows = pods.map((_, i) => {
    if (i === 0) return '.'.repeat(n);
    if (i === 1) return 'X'.repeat(n);
    if (i === 2) return 'X'.repeat(n - 1) + '.';
    return '.'.repeat(n - 1) + 'X';
  });
  const lines = reachTableLines(matrixFrom(pods, rows), UNICODE_SYMBOLS);

  it('writes one line per source pod, listing the smaller side', () => {
    expect(lines[0]).toBe(`TCP port 80 (${n} pods; one line per source pod)`);
    expect(lines[1]).toBe(`ns/p0: reaches all ${n} pods`);
    expect(lines[2]).toBe(`ns/p1: reaches none of the ${n} pods`);
    expect(lines[3]).toBe(`ns/p2: reaches 1 of ${n}: ns/p${n - 1}`);
    expect(lines[4]).toBe(`ns/p3: reaches ${n - 1} of ${n}; blocked: ns/p${n - 1}`);
    expect(lines.length).toBe(n + 2);
  });
});
