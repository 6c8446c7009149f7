import type { NodeId } from '../ids';

/** The workloads Find found by a label (`tier=cache`). */
export interface FoundLabel {
  readonly label: string;
  readonly ids: readonly NodeId[];
  /** What the status line says of them, cleared with them. */
  readonly note: string;
}
