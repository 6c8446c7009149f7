import { useMemo, useState } from 'react';
import {
  filterAmong,
  namespacesOf,
  noMatchText,
  policiesFiltered,
  selectDoc,
  selectSelection,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { Doc } from '../../model';
import type { EditorState } from '../../store';
import { NewPolicyForm } from '../PolicyForm/NewPolicyForm';
import { TableFilterFields } from '../TableFilter/TableFilterFields';
import '../panels.css';
import { drawnFirst } from '../drawnFirst';
import { ShowAllButton } from '../ShowAllButton';
import { PolicyItem } from './PolicyItem';

const selectPolicyFilter = (s: EditorState) => s.policyFilter;

/** The policies drawn before "Show all"; the picked one is drawn wherever it lies. */
const POLICIES_DRAWN = 100;

/** The namespaces that hold policies, in the design's order (then any other). */
function policyNamespacesOf(doc: Doc): string[] {
  const held = new Set(doc.policies.map((p) => p.metadata.namespace));
  const ordered = namespacesOf([...doc.namespaces.map((n) => n.name), ...held]);
  return ordered.filter((n) => held.has(n));
}

function countText(shown: number, all: number): string {
  const policies = all === 1 ? '1 NetworkPolicy' : `${String(all)} NetworkPolicies`;
  return shown === all ? policies : `${String(shown)} of ${policies}`;
}

/**
 * Every NetworkPolicy, or those the filter keeps (words over name, namespace
 * and the labels it selects; one namespace); picking one highlights the
 * workloads it selects and the peers of its rules, and opens it in the form.
 * New policies start here.
 */
export function PolicyPanel() {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const selection = useEditorStore(selectSelection);
  const wanted = useEditorStore(selectPolicyFilter);
  const [creating, setCreating] = useState(false);
  const [all, setAll] = useState(false);
  const namespaces = useMemo(() => policyNamespacesOf(doc), [doc]);
  const filter = filterAmong(wanted, namespaces);
  const shown = useMemo(() => policiesFiltered(doc.policies, filter), [doc, filter]);
  const isPicked = (p: Doc['policies'][number]) =>
    selection?.kind === 'policy' &&
    selection.namespace === p.metadata.namespace &&
    selection.name === p.metadata.name;
  const drawn = drawnFirst(shown, POLICIES_DRAWN, all, isPicked);
  const bar = (
    <div className="panel-bar">
      <span className="panel-note">{countText(shown.length, doc.policies.length)}</span>
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
      <div className="policy-filter">
        <TableFilterFields
          what="policies"
          filter={filter}
          namespaces={namespaces}
          placeholder="name, namespace or label (app=web)"
          onChange={(change) => {
            api.getState().setPolicyFilter(change);
          }}
        />
      </div>
      <p className="panel-hint-inline policy-hint">
        Pick a policy to edit it. On the canvas, the pods it selects are marked{' '}
        <span className="policy-key is-selects">selected by policy</span> and the peers its rules
        name <span className="policy-key is-peer">peer of policy</span>.
      </p>
      {shown.length === 0 ? (
        <p className="panel-hint">{noMatchText('policy', filter)}</p>
      ) : (
        <ul className="policy-list" aria-label="NetworkPolicies">
          {drawn.map((p) => (
            <PolicyItem
              key={`${p.metadata.namespace}/${p.metadata.name}`}
              policy={p}
              picked={isPicked(p)}
            />
          ))}
        </ul>
      )}
      <ShowAllButton
        drawn={drawn.length}
        total={shown.length}
        what="policies"
        onShowAll={() => {
          setAll(true);
        }}
      />
    </section>
  );
}
