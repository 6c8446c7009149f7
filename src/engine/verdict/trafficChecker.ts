/**
 * Many yes/no questions about one document, answered cheaply: pod-to-pod
 * connections on a port asked about often enough are read from a matrix
 * (`buildMatrix`, word-level work once per port), everything else is asked of
 * `isTrafficAllowed`. For deriving many edges at once.
 */
import type { Matrix } from './verdict';
import { isTrafficAllowed } from './evaluate';
import { buildMatrix, matrixAllows } from './matrix';
import type { PolicyIndex } from '../compile/policyIndex';
import type { Traffic } from './verdict';

/** Pod-to-pod questions on one port before its matrix is built. */
const MATRIX_AFTER = 256;

export function trafficCheckerOf(index: PolicyIndex): (traffic: Traffic) => boolean {
  const asked = new Map<string, number>();
  const matrices = new Map<string, Matrix>();
  return (traffic) => {
    const { from, to, port, protocol } = traffic;
    if (from.kind === 'pod' && to.kind === 'pod') {
      const key = `${port}/${protocol}`;
      let matrix = matrices.get(key);
      if (matrix === undefined) {
        const count = (asked.get(key) ?? 0) + 1;
        asked.set(key, count);
        if (count > MATRIX_AFTER) {
          matrix = buildMatrix(index, port, protocol);
          matrices.set(key, matrix);
        }
      }
      const s = index.podIndex(from.key);
      const d = index.podIndex(to.key);
      if (matrix !== undefined && s !== undefined && d !== undefined) {
        return matrixAllows(matrix, s, d);
      }
    }
    return isTrafficAllowed(index, traffic).allowed;
  };
}
