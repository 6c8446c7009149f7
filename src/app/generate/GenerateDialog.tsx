import { useId } from 'react';
import { selectProposalReview, useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { Modal } from '../Modal';
import { plural } from '../../engine';
import { ProposalChangesList } from './ProposalChangesList';

const selectPolicyCount = (s: EditorState) => s.doc.policies.length;
const selectObserved = (s: EditorState) => s.observed;
const selectDefaultDeny = (s: EditorState) => s.proposalOptions.defaultDeny;

/** Items listed in each list of the dialog; the rest are counted. */
const MAX_ITEMS = 6;

const TITLE = 'Policies from observed traffic';

/**
 * Policies from observed traffic: what was read, what the proposal changes
 * (every connection between workloads and with addresses outside the
 * cluster that it opens or closes), what it allows beyond what was observed;
 * Apply puts the proposal in place of the design's policies as one undo
 * step. The proposal is worked out in the derivation worker: until it
 * arrives the dialog says it is working, and Apply waits for the changes.
 */
export function GenerateDialog() {
  const api = useEditorApi();
  const policyCount = useEditorStore(selectPolicyCount);
  const observed = useEditorStore(selectObserved);
  const review = useEditorStore(selectProposalReview);
  const defaultDeny = useEditorStore(selectDefaultDeny);
  const denyId = useId();
  const close = () => {
    api.getState().openDialog(null);
  };
  if (observed === null || review === null) return null;
  const { counts } = observed;
  const { result, changes } = review;
  if (result !== null && !result.ok) {
    return (
      <Modal title={TITLE} onClose={close}>
        <p role="alert">
          Nothing proposed: the flows name pods the design does not have. Open the cluster&apos;s
          pods first (<code>kubectl get pods -A -o yaml</code>), then the flows.
        </p>
        <ul className="app-generate-list">
          {result.issues.slice(0, 5).map((issue) => (
            <li key={`${issue.file}:${issue.line}`}>
              {issue.file} line {issue.line}: {issue.message}
            </li>
          ))}
        </ul>
      </Modal>
    );
  }
  const proposal = result?.proposal ?? null;
  const apply = () => {
    if (proposal === null) return;
    const state = api.getState();
    state.replaceDoc(proposal.doc);
    state.requestLayout('unplaced');
    state.openDialog(null);
    state.notify({
      tone: 'info',
      text: `Applied ${plural(proposal.policies.length, 'NetworkPolicy', 'NetworkPolicies')} from observed traffic (Undo takes them back).`,
    });
  };
  const folded = counts.replies + counts.duplicates;
  const left = counts.dropped + counts.icmp;
  const read =
    `Read ${plural(counts.flows, 'flow')} from ${observed.names}: ` +
    plural(proposal?.connections.length ?? observed.connections.length, 'connection') +
    (folded > 0 ? `, ${plural(folded, 'reply or repeat', 'replies and repeats')} folded` : '') +
    (left > 0 ? `, ${plural(left, 'dropped or ICMP flow')} left out` : '') +
    '.';
  return (
    <Modal
      title={TITLE}
      onClose={close}
      actions={
        <button
          type="button"
          className="is-primary"
          onClick={apply}
          disabled={proposal === null || changes === null}
        >
          {proposal === null
            ? 'Apply'
            : `Apply ${plural(proposal.policies.length, 'policy', 'policies')}`}
        </button>
      }
    >
      {proposal === null ? (
        <p role="status" aria-busy="true" className="app-generate-working">
          {read} Working out the policies…
        </p>
      ) : (
        <>
          <p>
            {read} The proposal allows exactly these, one policy per workload seen
            {policyCount > 0
              ? `, in place of the design's ${plural(policyCount, 'policy', 'policies')}`
              : ''}
            .
          </p>
          <h3 className="app-generate-heading">What changes</h3>
          <ProposalChangesList proposal={proposal} changes={changes} />
          {proposal.broader.length > 0 && (
            <>
              <h3 className="app-generate-heading">Allowed beyond what was observed</h3>
              <ul className="app-generate-list" aria-label="Allowed beyond what was observed">
                {proposal.broader.slice(0, MAX_ITEMS).map((b) => (
                  <li key={b.kind + b.message}>{b.message}</li>
                ))}
                {proposal.broader.length > MAX_ITEMS && (
                  <li>and {plural(proposal.broader.length - MAX_ITEMS, 'more', 'more')}</li>
                )}
              </ul>
            </>
          )}
        </>
      )}
      <label htmlFor={denyId} className="app-generate-option">
        <input
          id={denyId}
          type="checkbox"
          checked={defaultDeny}
          onChange={(e) => {
            api.getState().setProposalOptions({ defaultDeny: e.target.checked });
          }}
        />{' '}
        Also a default deny in every namespace (DNS kept)
      </label>
    </Modal>
  );
}
