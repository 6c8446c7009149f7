/**
 * The proposal the generate dialog shows: the worker's answer when it is for
 * the document, flow logs and options on screen now (else "working": an
 * answer for an older request is never shown); computed here, once per
 * request, without a worker.
 */
import type { EditorState } from '../editorState';
import type { ProposalReview } from './proposalReview';
import { proposalChangesOf, proposalResultOf } from './proposalReview';

const WORKING: ProposalReview = { result: null, changes: null };

let inPlace: {
  key: Pick<EditorState, 'doc' | 'observed' | 'proposalOptions'>;
  review: ProposalReview;
} | null = null;

/** null: no flow log under review. */
export function selectProposalReview(state: EditorState): ProposalReview | null {
  const { doc, observed, proposalOptions: options, derived } = state;
  if (observed === null) return null;
  if (derived !== null) {
    const answer = derived.proposal;
    const current =
      answer !== null &&
      answer.doc === doc &&
      answer.observed === observed &&
      answer.options.defaultDeny === options.defaultDeny;
    return current ? answer : WORKING;
  }
  const key = inPlace?.key;
  if (
    inPlace !== null &&
    key?.doc === doc &&
    key.observed === observed &&
    key.proposalOptions.defaultDeny === options.defaultDeny
  ) {
    return inPlace.review;
  }
  const result = proposalResultOf(doc, observed.connections, options);
  const review = { result, changes: proposalChangesOf(doc, result) };
  inPlace = { key: { doc, observed, proposalOptions: options }, review };
  return review;
}
