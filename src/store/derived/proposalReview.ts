/**
 * The proposal from the flow logs under review, in two steps as the
 * derivation worker sends them: the proposed policies (`proposePolicies`),
 * then what applying them changes (`proposalChanges`: every connection
 * between workloads and with addresses outside the cluster that it opens or
 * closes). Without a worker the selectors run the same functions in place.
 */
import type { GenerateOptions, ProposalChanges, ProposalResult } from '../../engine';
import { changesFirstPairs, proposalChanges, proposePolicies } from '../../engine';
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

/**
 * Pairs of changed connections kept for the dialog, which lists the first few and counts the
 * rest: a proposal for a large design blocks tens of thousands of pairs that were open, and
 * copying them all from the worker held the page for half a second.
 */
export const PROPOSAL_PAIRS_KEPT = 50;

export function proposalChangesOf(doc: Doc, result: ProposalResult): ProposalChanges | null {
  return result.ok
    ? changesFirstPairs(proposalChanges(doc, result.proposal), PROPOSAL_PAIRS_KEPT)
    : null;
}
