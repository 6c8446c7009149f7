import { useState } from 'react';
import type { PolicyTemplate } from '../../engine';
import { selectDoc, useEditorApi, useEditorStore } from '../../store';

/** The one-click policies for a namespace. */
export function TemplateButtons({ namespace }: { namespace: string }) {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const others = doc.namespaces.map((n) => n.name).filter((n) => n !== namespace);
  const [from, setFrom] = useState(others[0] ?? '');
  const apply = (template: PolicyTemplate) => {
    api.getState().dispatch({ type: 'applyTemplate', template });
  };
  return (
    <section className="templates" aria-label="Templates">
      <h3>Add a policy to {namespace}</h3>
      <div className="templates-row">
        <button
          type="button"
          onClick={() => {
            apply({ kind: 'defaultDeny', namespace, policyTypes: ['Ingress'] });
          }}
        >
          Deny all ingress
        </button>
        <button
          type="button"
          onClick={() => {
            apply({ kind: 'defaultDeny', namespace, policyTypes: ['Egress'] });
          }}
        >
          Deny all egress
        </button>
        <button
          type="button"
          onClick={() => {
            apply({ kind: 'defaultDeny', namespace, policyTypes: ['Ingress', 'Egress'] });
          }}
        >
          Deny both
        </button>
        <button
          type="button"
          onClick={() => {
            apply({ kind: 'allowDnsEgress', namespace });
          }}
        >
          Allow DNS egress
        </button>
      </div>
      {others.length > 0 && (
        <div className="templates-row">
          <label htmlFor="template-from">Allow all ingress from namespace</label>
          <select
            id="template-from"
            value={from}
            onChange={(e) => {
              setFrom(e.target.value);
            }}
          >
            {others.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              apply({ kind: 'allowFromNamespace', namespace, from });
            }}
          >
            Add
          </button>
        </div>
      )}
    </section>
  );
}
