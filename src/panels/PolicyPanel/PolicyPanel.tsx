import { selectDoc, selectSelection, useEditorStore } from '../../store';
import '../panels.css';
import { PolicyItem } from './PolicyItem';

/** Every NetworkPolicy; picking one highlights the workloads it selects. */
export function PolicyPanel() {
  const doc = useEditorStore(selectDoc);
  const selection = useEditorStore(selectSelection);
  if (doc.policies.length === 0) {
    return (
      <section className="panel" aria-label="Policies">
        <p className="panel-hint">
          No NetworkPolicy yet: every pod may reach every pod. Draw a flow on the canvas, or pick a
          namespace and add a template, to write the first one.
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-label="Policies">
      <p className="panel-hint-inline policy-hint">
        Pick a policy to highlight the workloads it selects.
      </p>
      <ul className="policy-list" aria-label="NetworkPolicies">
        {doc.policies.map((p) => {
          const namespace = p.metadata.namespace ?? 'default';
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
