import { useId, useMemo, useState } from 'react';
import { compilePolicies, connectivityDiff, proposePolicies } from '../../engine';
import type { PairChanges, PortChange } from '../../engine';
import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { Modal } from '../Modal';

const selectDoc = (s: EditorState) => s.doc;
const selectObserved = (s: EditorState) => s.observed;

/** Items listed in each list of the dialog; the rest are counted. */
const MAX_ITEMS = 6;

function portsText(changes: readonly PortChange[]): string {
  return changes.map((c) => `${c.protocol} ${c.port}`).join(', ');
}

function pairLine(pair: PairChanges): string {
  const parts = [
    pair.newlyBlocked.length > 0 ? `blocked ${portsText(pair.newlyBlocked)}` : '',
    pair.newlyAllowed.length > 0 ? `allowed ${portsText(pair.newlyAllowed)}` : '',
  ].filter((p) => p !== '');
  return `${pair.from} → ${pair.to}: ${parts.join('; ')}`;
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/**
 * Policies from observed traffic: what was read, what the proposal changes
 * (connections open now that it blocks, a cell-for-cell diff of the design
 * before and after), what it allows beyond what was observed; Apply puts the
 * proposal in place of the design's policies as one undo step.
 */
export function GenerateDialog() {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const observed = useEditorStore(selectObserved);
  const [defaultDeny, setDefaultDeny] = useState(false);
  const denyId = useId();
  const result = useMemo(
    () => (observed === null ? null : proposePolicies(doc, observed.connections, { defaultDeny })),
    [doc, observed, defaultDeny],
  );
  const diff = useMemo(() => {
    if (result === null || !result.ok) return null;
    const after = result.proposal.doc;
    return connectivityDiff(
      { doc, index: compilePolicies(doc) },
      { doc: after, index: compilePolicies(after) },
    );
  }, [doc, result]);
  const close = () => {
    api.getState().openDialog(null);
  };
  if (observed === null || result === null) return null;
  const { counts } = observed;
  if (!result.ok) {
    return (
      <Modal title="Policies from observed traffic" onClose={close}>
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
  const { proposal } = result;
  const apply = () => {
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
  const pairs = diff?.pairs ?? [];
  return (
    <Modal
      title="Policies from observed traffic"
      onClose={close}
      actions={
        <button type="button" className="is-primary" onClick={apply}>
          Apply {plural(proposal.policies.length, 'policy', 'policies')}
        </button>
      }
    >
      <p>
        Read {plural(counts.flows, 'flow')} from {observed.names}:{' '}
        {plural(proposal.connections.length, 'connection')}
        {folded > 0 ? `, ${plural(folded, 'reply or repeat', 'replies and repeats')} folded` : ''}
        {left > 0 ? `, ${plural(left, 'dropped or ICMP flow')} left out` : ''}. The proposal allows
        exactly these, one policy per workload seen
        {doc.policies.length > 0
          ? `, in place of the design's ${plural(doc.policies.length, 'policy', 'policies')}`
          : ''}
        .
      </p>
      <h3 className="app-generate-heading">What changes</h3>
      <p>
        Between workloads, {plural(diff?.newlyBlocked ?? 0, 'connection')} open now become blocked;{' '}
        {plural(diff?.newlyAllowed ?? 0, 'connection')} blocked now become allowed.
      </p>
      {pairs.length > 0 && (
        <ul className="app-generate-list" aria-label="Changed connections">
          {pairs.slice(0, MAX_ITEMS).map((pair) => (
            <li key={`${pair.from}>${pair.to}`}>{pairLine(pair)}</li>
          ))}
          {pairs.length > MAX_ITEMS && <li>and {plural(pairs.length - MAX_ITEMS, 'more pair')}</li>}
        </ul>
      )}
      {proposal.broader.length > 0 && (
        <>
          <h3 className="app-generate-heading">Allowed beyond what was observed</h3>
          <ul className="app-generate-list" aria-label="Allowed beyond what was observed">
            {proposal.broader.slice(0, MAX_ITEMS).map((b) => (
              <li key={b.kind + b.message}>{b.message}</li>
            ))}
            {proposal.broader.length > MAX_ITEMS && (
              <li>and {plural(proposal.broader.length - MAX_ITEMS, 'more')}</li>
            )}
          </ul>
        </>
      )}
      <label htmlFor={denyId} className="app-generate-option">
        <input
          id={denyId}
          type="checkbox"
          checked={defaultDeny}
          onChange={(e) => {
            setDefaultDeny(e.target.checked);
          }}
        />{' '}
        Also a default deny in every namespace (DNS kept)
      </label>
    </Modal>
  );
}
