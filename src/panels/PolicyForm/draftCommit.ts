/**
 * What committing the form's draft does. A draft with no error becomes one
 * edit (one undo step): `renamePolicy` when only the name changed, else
 * `replacePolicy` with the policy as the importer normalizes it. A draft with
 * an error is kept in the form, with its messages, and the document (and the
 * canvas) keep the last valid policy.
 */
import type { DocEdit, PolicyRef } from '../../engine';
import type { Doc, NetworkPolicy } from '../../model';
import { formCheck } from './formProblems';

export interface DraftOutcome {
  /** The edit to dispatch; null when the draft has errors or there is no such policy. */
  readonly edit: DocEdit | null;
  /** Where the policy is after the edit (a rename moves it). */
  readonly ref: PolicyRef;
  /** What the form shows next. */
  readonly draft: NetworkPolicy;
}

export function policyFind(doc: Doc, ref: PolicyRef): NetworkPolicy | undefined {
  return doc.policies.find(
    (p) => (p.metadata.namespace ?? 'default') === ref.namespace && p.metadata.name === ref.name,
  );
}

export function draftCommit(doc: Doc, ref: PolicyRef, next: NetworkPolicy): DraftOutcome {
  const current = policyFind(doc, ref);
  const checked = formCheck(doc, ref, next).policy;
  if (current === undefined || checked === null) return { edit: null, ref, draft: next };
  const newRef = {
    namespace: checked.metadata.namespace ?? ref.namespace,
    name: checked.metadata.name,
  };
  const renamed = newRef.name !== ref.name;
  if (renamed && next.spec === current.spec) {
    return { edit: { type: 'renamePolicy', ref, newName: newRef.name }, ref: newRef, draft: next };
  }
  return { edit: { type: 'replacePolicy', ref, policy: checked }, ref: newRef, draft: checked };
}
