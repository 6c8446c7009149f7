/** A hand-made matrix for table and JSON tests: `rows[from][to]` is '.' (allowed) or 'X'. */
import type { Matrix } from '../../engine';
import type { PodKey, Protocol } from '../../model';

export function matrixFrom(
  pods: readonly string[],
  rows: readonly string[],
  port = 80,
  protocol: Protocol = 'TCP',
): Matrix {
  const n = pods.length;
  const allowed = new Uint32Array(Math.ceil((n * n) / 32));
  rows.forEach((row, from) => {
    Array.from(row.replace(/\s/g, '')).forEach((cell, to) => {
      const bit = from * n + to;
      if (cell === '.') allowed[bit >>> 5] = (allowed[bit >>> 5] ?? 0) | (1 << (bit & 31));
    });
  });
  return { port, protocol, pods: pods as readonly PodKey[], allowed };
}
