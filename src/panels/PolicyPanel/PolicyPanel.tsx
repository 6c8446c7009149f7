import { describeSelector, effectivePolicyTypes } from '../../engine';
import type { NetworkPolicy } from '../../model';
import { selectDoc, selectSelection, useEditorApi, useEditorStore } from '../../store';
import '../panels.css';

function policyTypesOf(policy: NetworkPolicy): string {
  const types = effectivePolicyTypes(policy.spec);
  return [types.ingress ? 'Ingress' : '', types.egress ? 'Egress' : ''].filter(Boolean).join(' + ');
}

/** Every NetworkPolicy; picking one highlights the workloads it selects. */
export function PolicyPanel() {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const selection = useEditorStore(selectSelection);
  if (doc.policies.length === 0) {
    return (
      <section className="panel" aria-label="Policies">
        <p className="panel-hint">
          No NetworkPolicy yet: every pod may reach every pod. Draw a flow on the canvas to write
          the first one.
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-label="Policies">
      <ul className="policy-list" aria-label="NetworkPolicies">
        {doc.policies.map((p) => {
          const namespace = p.metadata.namespace ?? 'default';
          const picked =
            selection?.kind === 'policy' &&
            selection.namespace === namespace &&
            selection.name === p.metadata.name;
          const selector = describeSelector(p.spec.podSelector);
          return (
            <li key={`${namespace}/${p.metadata.name}`}>
              <button
                type="button"
                className="policy-item"
                aria-pressed={picked}
                onClick={() => {
                  api
                    .getState()
                    .select(picked ? null : { kind: 'policy', namespace, name: p.metadata.name });
                }}
              >
                <span className="policy-name">{p.metadata.name}</span>
                <span className="policy-ns">{namespace}</span>
                <span className="policy-types">{policyTypesOf(p)}</span>
                <span className="policy-selector">
                  selects {selector === '' ? 'every pod of its namespace' : selector}
                </span>
                <span className="policy-rules">
                  {p.spec.ingress?.length ?? 0} ingress, {p.spec.egress?.length ?? 0} egress rules
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
