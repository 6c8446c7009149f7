/**
 * What `reach` prints, whatever the format: one matrix per port, built when a writer asks
 * for it (only one in memory at a time), and the pod `--focus` keeps, if any.
 */
import type { Matrix } from '../../engine';
import type { PodKey } from '../../model';

export interface ReachResults {
  /** The rows and columns of every matrix, in document order. */
  readonly pods: readonly PodKey[];
  readonly count: number;
  /** The matrix of the `index`-th port, in the order the results are printed. */
  readonly matrixAt: (index: number) => Matrix;
  /**
   * `--focus`: the index (in every matrix's `pods`) of the one workload whose row and column
   * are kept, the pairs it opens or accepts; null keeps every pair.
   */
  readonly focus: number | null;
}

/** Whether the pair `from` → `to` is printed. */
export function pairKept(results: ReachResults, from: number, to: number): boolean {
  return results.focus === null || from === results.focus || to === results.focus;
}

/**
 * The matrix as it gets through with a network plugin that enforces no policy (Flannel,
 * none): every pair allowed, as the app shows it.
 */
export function matrixAllAllowed(matrix: Matrix): Matrix {
  return { ...matrix, allowed: new Uint32Array(matrix.allowed.length).fill(0xffffffff) };
}
