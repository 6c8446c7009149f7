import { useState } from 'react';
import { selectDoc, selectSelection, useEditorStore } from '../../store';
import { NewPolicyForm } from '../PolicyForm/NewPolicyForm';
import '../panels.css';
import { PolicyItem } from './PolicyItem';

/**
 * Every NetworkPolicy; picking one highlights the workloads it selects and the
 * peers of its rules, and opens it in the form. New policies start here.
 */
export function PolicyPanel() {
  const doc = useEditorStore(selectDoc);
  const selection = useEditorStore(selectSelection);
  const [creating, setCreating] = useState(false);
  const bar = (
    <div className="panel-bar">
      <span className="panel-note">
        {doc.policies.length === 1 ? '1 NetworkPolicy' : `${doc.policies.length} NetworkPolicies`}
      </span>
      <button
        type="button"
        aria-expanded={creating}
        onClick={() => {
          setCreating(!creating);
        }}
      >
        New policy
      </button>
    </div>
  );
  const form = creating ? (
    <NewPolicyForm
      onClose={() => {
        setCreating(false);
      }}
    />
  ) : null;
  if (doc.policies.length === 0) {
    return (
      <section className="panel" aria-label="Policies">
        {bar}
        {form}
        <p className="panel-hint">
          No NetworkPolicy yet: every pod may reach every pod. Create one with New policy, draw a
          flow on the canvas, or pick a namespace and add a template.
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-label="Policies">
      {bar}
      {form}
      <p className="panel-hint-inline policy-hint">
        Pick a policy to edit it. On the canvas, the pods it selects are marked{' '}
        <span className="policy-key is-selects">selected by policy</span> and the peers its rules
        name <span className="policy-key is-peer">peer of policy</span>.
      </p>
      <ul className="policy-list" aria-label="NetworkPolicies">
        {doc.policies.map((p) => {
          const namespace = p.metadata.namespace;
          const picked =
            selection?.kind === 'policy' &&
            selection.namespace === namespace &&
            selection.name === p.metadata.name;
          return <PolicyItem key={`${namespace}/${p.metadata.name}`} policy={p} picked={picked} />;
        })}
      </ul>
    </section>
  );
}
