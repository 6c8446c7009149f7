/**
 * What "what changed" is made of: the two evaluated versions it compares and
 * the connections whose verdict differs between them.
 */
import type { Doc, Protocol } from '../../model';
import type { FlowEnd } from '../edits/types';
import type { PolicyIndex } from '../compile/policyIndex';
import type { PortSpan } from '../match/portSpans';

/** A document with its compiled index (from `compilePolicies` or an evaluator). */
export interface Evaluated {
  readonly doc: Doc;
  readonly index: PolicyIndex;
}

export interface VerdictChange {
  /** `prod/web>prod/db TCP/3306`, the same id as the `Path`. */
  readonly id: string;
  readonly from: FlowEnd;
  readonly to: FlowEnd;
  readonly port: number;
  readonly protocol: Protocol;
  readonly before: boolean;
  readonly after: boolean;
  /** Why, in the new version. */
  readonly reason: string;
  /**
   * On a path on every port (`port` is `ANY_PORT`: the destination declares
   * none) only: the ports whose verdict flipped (`changePortText` writes them).
   */
  readonly ports?: readonly PortSpan[];
}
