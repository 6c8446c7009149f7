/**
 * The proposal from the flow logs under review, in two steps as the
 * derivation worker sends them: the proposed policies (`proposePolicies`),
 * then what applying them changes (`proposalChanges`: every connection
 * between workloads and with addresses outside the cluster that it opens or
 * closes). Without a worker the selectors run the same functions in place.
 */
import type { GenerateOptions, ProposalChanges, ProposalResult } from '../../engine';
import { proposalChanges, proposePolicies } from '../../engine';
import type { Doc, ObservedConnection } from '../../model';

export interface ProposalReview {
  /** null while it is being worked out. */
  readonly result: ProposalResult | null;
  /** What applying it changes; null while it is being worked out, or when nothing was proposed. */
  readonly changes: ProposalChanges | null;
}

export function proposalResultOf(
  doc: Doc,
  connections: readonly ObservedConnection[],
  options: GenerateOptions,
): ProposalResult {
  return proposePolicies(doc, connections, options);
}

export function proposalChangesOf(doc: Doc, result: ProposalResult): ProposalChanges | null {
  return result.ok ? proposalChanges(doc, result.proposal) : null;
}
