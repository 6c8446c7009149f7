import { useState } from 'react';
import { describeSelector } from '../../engine';
import { DEFAULT_NAMESPACE } from '../../model';
import { selectDoc, useEditorApi, useEditorStore } from '../../store';
import { formCheck, problemText } from './formProblems';
import {
  namespaceChoices,
  newPolicyName,
  policyNew,
  selectorOfWorkload,
  workloadsIn,
} from './newPolicy';

const EVERY_POD = '';

/** Creating a policy: a name, a namespace and the workload whose pods it selects. */
export function NewPolicyForm({ onClose }: { onClose: () => void }) {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const namespaces = namespaceChoices(doc);
  const [namespace, setNamespace] = useState(namespaces[0] ?? DEFAULT_NAMESPACE);
  const workloads = workloadsIn(doc, namespace);
  const [target, setTarget] = useState(workloads[0]?.name ?? EVERY_POD);
  const workload = workloads.find((w) => w.name === target);
  const [typedName, setTypedName] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const name = typedName ?? newPolicyName(doc, namespace, workload);
  const podSelector = selectorOfWorkload(workload);
  const create = () => {
    const policy = policyNew(name, namespace, podSelector);
    const check = formCheck(doc, null, policy);
    if (check.blocked) {
      setProblems(check.issues.filter((i) => i.severity === 'error').map(problemText));
      return;
    }
    api.getState().dispatch({ type: 'addPolicy', policy });
    api.getState().select({ kind: 'policy', namespace, name: policy.metadata.name });
    onClose();
  };
  return (
    <form
      className="pf-new"
      aria-label="New policy"
      onSubmit={(e) => {
        e.preventDefault();
        create();
      }}
    >
      <h3>New NetworkPolicy</h3>
      <div className="field">
        <label htmlFor="new-policy-namespace">Namespace</label>
        <select
          id="new-policy-namespace"
          value={namespace}
          onChange={(e) => {
            const ns = e.target.value;
            setNamespace(ns);
            setTarget(workloadsIn(doc, ns)[0]?.name ?? EVERY_POD);
          }}
        >
          {namespaces.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-policy-target">Applies to (podSelector)</label>
        <select
          id="new-policy-target"
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
          }}
        >
          {workloads.map((w) => (
            <option key={w.name} value={w.name}>
              {w.name} ({describeSelector(selectorOfWorkload(w)) || 'no labels: every pod'})
            </option>
          ))}
          <option value={EVERY_POD}>
            every pod of {namespace} ({'{}'})
          </option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-policy-name">Name</label>
        <input
          id="new-policy-name"
          className="is-mono"
          value={name}
          spellCheck={false}
          aria-invalid={problems.length > 0}
          onChange={(e) => {
            setTypedName(e.target.value);
            setProblems([]);
          }}
        />
      </div>
      {problems.map((p) => (
        <p key={p} className="field-problem" role="alert">
          {p}
        </p>
      ))}
      <p className="pf-note">
        It starts with policyTypes Ingress and no rule: the pods it selects accept no connection
        until you add an ingress rule.
      </p>
      <div className="pf-new-actions">
        <button type="submit" className="is-primary">
          Create
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
