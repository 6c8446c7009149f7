import { useCallback, useMemo, useState } from 'react';
import type { PolicyRef } from '../../engine';
import type { NetworkPolicy } from '../../model';
import { selectDoc, useEditorApi, useEditorStore } from '../../store';
import { draftCommit, policyFind } from './draftCommit';
import type { FormCheck } from './formProblems';
import { formCheck } from './formProblems';

export interface PolicyDraft {
  /** The policy as the document has it (undefined: it no longer exists). */
  readonly policy: NetworkPolicy | undefined;
  /** The policy as the form shows it: the document's, or an edit with errors not yet applied. */
  readonly draft: NetworkPolicy | undefined;
  readonly check: FormCheck | null;
  /** Applies the next draft when it is valid; keeps it in the form with its problems otherwise. */
  readonly commit: (next: NetworkPolicy) => void;
  /** Drops an edit that was not applied: back to the document's policy. */
  readonly discard: () => void;
}

/**
 * The form's draft of one policy. When the document's policy changes (an
 * applied edit, undo, the YAML panel), the draft follows it.
 */
export function usePolicyDraft(ref: PolicyRef): PolicyDraft {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const policy = policyFind(doc, ref);
  const [base, setBase] = useState(policy);
  const [draft, setDraft] = useState(policy);
  if (base !== policy) {
    setBase(policy);
    setDraft(policy);
  }
  const { namespace, name } = ref;
  const check = useMemo(
    () => (draft === undefined ? null : formCheck(doc, { namespace, name }, draft)),
    [doc, namespace, name, draft],
  );
  const commit = useCallback(
    (next: NetworkPolicy) => {
      const state = api.getState();
      const outcome = draftCommit(state.doc, { namespace, name }, next);
      setDraft(outcome.draft);
      if (outcome.edit === null) return;
      state.dispatch(outcome.edit);
      if (outcome.ref.name !== name || outcome.ref.namespace !== namespace) {
        state.select({ kind: 'policy', ...outcome.ref });
      }
    },
    [api, namespace, name],
  );
  const discard = useCallback(() => {
    setDraft(base);
  }, [base]);
  const shown = draft ?? policy;
  return { policy, draft: shown, check, commit, discard };
}
