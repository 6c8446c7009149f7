import { describeSelector, effectivePolicyTypes, policyTypesText } from '../../engine';
import { selectDoc, useEditorStore } from '../../store';
import { DeleteWithPreview } from '../DeletionPreview';
import { PolicyRules } from './PolicyRules';

/**
 * A policy picked in the Policies tab, a finding or Find: what it selects, its rules, and
 * before deleting it (or one of its rules or peers) what that would allow and block.
 */
export function PolicyDetails({ namespace, name }: { namespace: string; name: string }) {
  const doc = useEditorStore(selectDoc);
  const policy = doc.policies.find(
    (p) => p.metadata.namespace === namespace && p.metadata.name === name,
  );
  if (policy === undefined) return <p className="panel-hint">This policy no longer exists.</p>;
  const typesText = policyTypesText(effectivePolicyTypes(policy.spec));
  const selector = describeSelector(policy.spec.podSelector);
  return (
    <div className="details" aria-label="Policy details">
      <h2 className="details-title">
        {name}{' '}
        <span className="details-sub">
          policy · {namespace} · {typesText}
        </span>
      </h2>
      <p className="panel-hint-inline">
        Selects {selector === '' ? `every pod of ${namespace}` : `pods with ${selector}`}.
      </p>
      <DeleteWithPreview
        edit={{ type: 'removePolicy', ref: { namespace, name } }}
        what="this policy"
        label="Delete policy"
      />
      <PolicyRules policy={policy} />
    </div>
  );
}
