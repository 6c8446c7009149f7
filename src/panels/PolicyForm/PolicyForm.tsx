import { describeSelector } from '../../engine';
import type { PolicyRef } from '../../engine';
import { selectDoc, useEditorStore } from '../../store';
import { DraftText } from './DraftText';
import { FieldProblems } from './FieldProblems';
import { FormIssuesContext } from './formContext';
import { podSelectorSet, policyNameSet } from './policyDraft';
import { PolicyTypesField } from './PolicyTypesField';
import { RuleList } from './RuleList';
import { SelectorEditor } from './SelectorEditor';
import { usePolicyDraft } from './usePolicyDraft';
import './policyForm.css';

/**
 * The whole of one NetworkPolicy as a form. Each change is checked with the
 * importer's rules and applied at once (one undo step); a change the API
 * server would refuse stays in the form, its message beside the field, and
 * the canvas keeps the last valid policy.
 */
export function PolicyForm({ policyRef }: { policyRef: PolicyRef }) {
  const { policy, draft, check, commit, discard } = usePolicyDraft(policyRef);
  const doc = useEditorStore(selectDoc);
  if (policy === undefined || draft === undefined) return null;
  const namespace = draft.metadata.namespace;
  const selector = describeSelector(draft.spec.podSelector);
  const suggestedCidr = doc.externals[0]?.cidr ?? '';
  const issues = check?.issues ?? [];
  return (
    <FormIssuesContext.Provider value={issues}>
      <form
        className="pf"
        aria-label={`Edit ${policy.metadata.name}`}
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        {check?.blocked === true && (
          <div className="pf-pending" role="status">
            <p>
              Not applied: the API server would refuse this policy (see the messages below). The
              canvas shows the policy as it was.
            </p>
            <button type="button" onClick={discard}>
              Discard changes
            </button>
          </div>
        )}
        <DraftText
          label="Name"
          value={draft.metadata.name}
          monospace
          invalid={issues.some((i) => i.path === 'metadata.name')}
          onCommit={(text) => {
            commit(policyNameSet(draft, text.trim()));
            return null;
          }}
        />
        <FieldProblems anchor="metadata.name" />
        <FieldProblems anchor="" />
        <fieldset className="pf-section">
          <legend>
            <code>podSelector</code> — the pods this policy applies to
          </legend>
          <p className="pf-sentence">
            Selects {selector === '' ? 'every pod' : `the pods with ${selector}`} in namespace{' '}
            {namespace}.
          </p>
          <SelectorEditor
            name="podSelector"
            selector={draft.spec.podSelector}
            anchor="spec.podSelector"
            emptyText={`Empty ({}): every pod of namespace ${namespace}.`}
            onChange={(s) => {
              commit(podSelectorSet(draft, s));
            }}
          />
        </fieldset>
        <PolicyTypesField policy={draft} onChange={commit} />
        <RuleList
          direction="ingress"
          policy={draft}
          suggestedCidr={suggestedCidr}
          onChange={commit}
        />
        <RuleList
          direction="egress"
          policy={draft}
          suggestedCidr={suggestedCidr}
          onChange={commit}
        />
      </form>
    </FormIssuesContext.Provider>
  );
}
