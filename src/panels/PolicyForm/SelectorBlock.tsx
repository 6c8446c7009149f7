import type { NetworkPolicyPeer } from '../../model';
import type { SelectorField } from './peerKind';
import { peerSelectorSet } from './peerKind';
import { SelectorEditor } from './SelectorEditor';

interface SelectorBlockProps {
  readonly field: SelectorField;
  readonly peer: NetworkPolicyPeer;
  /** The peer's anchor (`spec.ingress[0].from[1]`). */
  readonly anchor: string;
  readonly policyNamespace: string;
  readonly onChange: (peer: NetworkPolicyPeer) => void;
}

function emptyText(field: SelectorField, peer: NetworkPolicyPeer, namespace: string): string {
  if (field === 'namespaceSelector') return 'Empty ({}): every namespace.';
  return peer.namespaceSelector === undefined
    ? `Empty ({}): every pod of namespace ${namespace}.`
    : 'Empty ({}): every pod of those namespaces.';
}

/** One selector of a peer: its rows and a Remove button, or a button to add it. */
export function SelectorBlock({
  field,
  peer,
  anchor,
  policyNamespace,
  onChange,
}: SelectorBlockProps) {
  const selector = peer[field];
  if (selector === undefined) {
    return (
      <button
        type="button"
        className="pf-add-selector"
        onClick={() => {
          onChange(peerSelectorSet(peer, field, {}));
        }}
      >
        + {field}
      </button>
    );
  }
  const other = field === 'podSelector' ? 'namespaceSelector' : 'podSelector';
  const alone = peer[other] === undefined;
  return (
    <div className="pf-selector-block">
      <div className="pf-selector-head">
        <code>{field}</code>
        <button
          type="button"
          className="pf-link"
          disabled={alone}
          title={
            alone ? 'A peer needs a podSelector, a namespaceSelector or an ipBlock' : undefined
          }
          onClick={() => {
            onChange(peerSelectorSet(peer, field, null));
          }}
        >
          Remove {field}
        </button>
      </div>
      <SelectorEditor
        name={field}
        selector={selector}
        anchor={`${anchor}.${field}`}
        emptyText={emptyText(field, peer, policyNamespace)}
        onChange={(s) => {
          onChange(peerSelectorSet(peer, field, s));
        }}
      />
    </div>
  );
}
