/**
 * What committing the form's draft does. A draft with no error becomes the
 * rule-level edits from the document's policy to the draft as the importer
 * normalizes it (`policyEdits`: `setRule`, `moveRule`, `renamePolicy`, …),
 * dispatched as one edit (one undo step), so drawn-flow marks follow the
 * rules. A draft with an error is kept in the form, with its messages, and the
 * document (and the canvas) keep the last valid policy.
 */
import type { DocEdit, PolicyRef } from '../../engine';
import { policyEdits } from '../../engine';
import { networkPolicyCheck } from '../../io';
import type { Doc, NetworkPolicy } from '../../model';
import { formCheck } from './formProblems';

export interface DraftOutcome {
  /** The edit to dispatch; null when the draft has errors, changes nothing, or there is no such policy. */
  readonly edit: DocEdit | null;
  /** Where the policy is after the edit (a rename moves it). */
  readonly ref: PolicyRef;
  /** What the form shows next. */
  readonly draft: NetworkPolicy;
}

export function policyFind(doc: Doc, ref: PolicyRef): NetworkPolicy | undefined {
  return doc.policies.find(
    (p) => p.metadata.namespace === ref.namespace && p.metadata.name === ref.name,
  );
}

/** One edit for several (a batch is one undo step); null for none. */
function oneEdit(edits: readonly DocEdit[]): DocEdit | null {
  if (edits.length <= 1) return edits[0] ?? null;
  return { type: 'batch', edits };
}

export function draftCommit(doc: Doc, ref: PolicyRef, next: NetworkPolicy): DraftOutcome {
  const current = policyFind(doc, ref);
  const checked = formCheck(doc, ref, next).policy;
  if (current === undefined || checked === null) return { edit: null, ref, draft: next };
  const newRef = {
    namespace: checked.metadata.namespace,
    name: checked.metadata.name,
  };
  // Compared as normalized too, so a rule the user left alone is not rewritten (nor its mark lost).
  const before = networkPolicyCheck(current).policy ?? current;
  const edits = policyEdits(ref, before, checked);
  const renamedOnly = edits.every((e) => e.type === 'renamePolicy');
  return { edit: oneEdit(edits), ref: newRef, draft: renamedOnly ? next : checked };
}
