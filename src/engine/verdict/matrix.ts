/**
 * All-pairs verdicts for one port and protocol, from the compiled index with
 * word-level bitset operations (no per-pair work besides writing the answer).
 *
 * For each source, the destinations its egress allows (every pod when not
 * egress-isolated, else the OR of the peer sets of the isolating policies'
 * egress rules whose ports match); for each destination, the sources its
 * ingress allows (likewise). `allowed[s][d] = egress[s][d] AND ingress[d][s]`,
 * the same rule `isTrafficAllowed` applies to one pair.
 */
import type { Protocol } from '../../model';
import { bitBlockTransposeInto, bitsetWords } from '../match/bitset';
import { egressRowsOf, ingressRowsOf } from './matrixRows';
import type { MatrixRows } from './matrixRows';
import { namedPortsAt } from '../match/namedPorts';
import type { PolicyIndex } from '../compile/policyIndex';
import type { Matrix } from './verdict';

/** Per block of 32 destinations: the row they all share, or -1. */
function sharedRows(ingress: MatrixRows, n: number, words: number): Int32Array {
  const shared = new Int32Array(words);
  for (let dw = 0; dw < words; dw++) {
    const first = ingress.rowOf[dw * 32] ?? -1;
    let same = first;
    for (let d = dw * 32 + 1; d < Math.min(n, dw * 32 + 32) && same >= 0; d++) {
      if (ingress.rowOf[d] !== first) same = -1;
    }
    shared[dw] = same;
  }
  return shared;
}

/**
 * All pairs of the index's pods on `port`/`protocol`. Works on 32×32 blocks
 * (32 sources × 32 destinations): the destinations' ingress rows are
 * transposed into "which of these destinations accept source s", ANDed with
 * source s's egress row, and written to the answer.
 */
export function buildMatrix(index: PolicyIndex, port: number, protocol: Protocol): Matrix {
  const n = index.pods.length;
  const words = bitsetWords(n);
  const named = namedPortsAt(index.cluster, port, protocol);
  const egress = egressRowsOf(index, named, port, protocol);
  const ingress = ingressRowsOf(index, named, port, protocol);
  const shared = sharedRows(ingress, n, words);
  const allowed = new Uint32Array(Math.ceil((n * n) / 32));
  const block = new Uint32Array(32);
  const write = (s: number, dw: number, accepts: number): void => {
    const v = accepts & (egress.rows[(egress.rowOf[s] ?? 0) * words + dw] ?? 0);
    if (v === 0) return;
    const offset = s * n + dw * 32;
    const at = Math.floor(offset / 32);
    const shift = offset % 32;
    allowed[at] = (allowed[at] ?? 0) | (v << shift);
    if (shift !== 0 && at + 1 < allowed.length) {
      allowed[at + 1] = (allowed[at + 1] ?? 0) | (v >>> (32 - shift));
    }
  };
  for (let dw = 0; dw < words; dw++) {
    const destinations = Math.min(32, n - dw * 32);
    const everyDestination = destinations === 32 ? -1 : (1 << destinations) - 1;
    const sharedRow = shared[dw] ?? -1;
    for (let sw = 0; sw < words; sw++) {
      const sources = Math.min(32, n - sw * 32);
      if (sharedRow >= 0) {
        // Every destination of the block accepts the same sources.
        const word = ingress.rows[sharedRow * words + sw] ?? 0;
        if (word === 0) continue;
        for (let c = 0; c < sources; c++) {
          if ((word >>> c) & 1) write(sw * 32 + c, dw, everyDestination);
        }
        continue;
      }
      let any = 0;
      for (let r = 0; r < 32; r++) {
        const row = r < destinations ? (ingress.rowOf[dw * 32 + r] ?? 0) : -1;
        const word = row < 0 ? 0 : (ingress.rows[row * words + sw] ?? 0);
        block[r] = word;
        any |= word;
      }
      if (any === 0) continue;
      bitBlockTransposeInto(block);
      for (let c = 0; c < sources; c++) write(sw * 32 + c, dw, block[c] ?? 0);
    }
  }
  return { port, protocol, pods: index.pods, allowed };
}

/** Whether pod `from` may open a connection to pod `to` (indexes into `m.pods`). */
export function matrixAllows(m: Matrix, from: number, to: number): boolean {
  const bit = from * m.pods.length + to;
  return (((m.allowed[Math.floor(bit / 32)] ?? 0) >>> (bit % 32)) & 1) === 1;
}
