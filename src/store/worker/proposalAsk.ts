/**
 * The page's side of a proposal worked out in the derivation worker: while
 * flow logs are under review, each new document, set of logs or choice of
 * options is sent with a new number; an answer to an older number is
 * dropped, so the dialog never shows a proposal for something no longer on
 * screen. The answers go to `state.derived.proposal` with what they were
 * asked for, which `selectProposalReview` compares with the screen's.
 */
import type { EditorStore } from '../createEditorStore';
import type { DerivedProposal, EditorState } from '../editorState';
import type { DeriveReply, DeriveRequest } from './deriveProtocol';

type ProposalReply = Extract<DeriveReply, { type: 'proposal' | 'proposalChanges' }>;

export interface ProposalAsk {
  /** Asks for the proposal of `state` when it differs from the one asked for last. */
  ask: (state: EditorState) => void;
  /** Shows an answer to the latest ask; drops one to an older ask. */
  take: (reply: ProposalReply) => void;
}

export function proposalAsk(
  store: EditorStore,
  post: (request: DeriveRequest) => void,
): ProposalAsk {
  let number = 0;
  let asked: Pick<DerivedProposal, 'doc' | 'observed' | 'options'> | null = null;
  const ask = (state: EditorState) => {
    const { doc, observed, proposalOptions: options } = state;
    if (observed === null) {
      asked = null;
      if (state.derived?.proposal != null) state.setDerived({ ...state.derived, proposal: null });
      return;
    }
    if (asked?.doc === doc && asked.observed === observed && asked.options === options) return;
    number += 1;
    asked = { doc, observed, options };
    post({
      type: 'propose',
      ask: number,
      doc,
      connections: observed.connections,
      options: { defaultDeny: options.defaultDeny },
    });
  };
  const take = (reply: ProposalReply) => {
    const state = store.getState();
    const { derived } = state;
    if (reply.ask !== number || asked === null || derived === null) return; // stale
    if (reply.type === 'proposal') {
      state.setDerived({ ...derived, proposal: { ...asked, result: reply.result, changes: null } });
    } else if (
      derived.proposal?.doc === asked.doc &&
      derived.proposal.observed === asked.observed
    ) {
      state.setDerived({ ...derived, proposal: { ...derived.proposal, changes: reply.changes } });
    }
  };
  return { ask, take };
}
