import { describePeer } from '../../engine';
import type { NetworkPolicyPeer } from '../../model';
import { FieldProblems } from './FieldProblems';
import { IpBlockFields } from './IpBlockFields';
import type { PeerKind } from './peerKind';
import { peerAsKind, peerKindOf } from './peerKind';
import { SelectorBlock } from './SelectorBlock';

interface PeerCardProps {
  readonly peer: NetworkPolicyPeer;
  readonly index: number;
  /** `spec.ingress[0].from[1]` */
  readonly anchor: string;
  readonly policyNamespace: string;
  /** The CIDR an ipBlock starts with (an external endpoint's), or ''. */
  readonly suggestedCidr: string;
  readonly onChange: (peer: NetworkPolicyPeer) => void;
  readonly onRemove: () => void;
}

/**
 * One element of `from`/`to`: selectors (a podSelector and a namespaceSelector
 * in this ONE element must BOTH match) or an ipBlock.
 */
export function PeerCard(props: PeerCardProps) {
  const { peer, index, anchor, policyNamespace, suggestedCidr, onChange, onRemove } = props;
  const kind = peerKindOf(peer);
  const both = peer.podSelector !== undefined && peer.namespaceSelector !== undefined;
  const title = `Peer ${index + 1}`;
  return (
    <div className="pf-peer" role="group" aria-label={title}>
      <div className="pf-peer-head">
        <span className="pf-peer-title">{title}</span>
        <select
          aria-label={`${title} kind`}
          value={kind}
          onChange={(e) => {
            onChange(peerAsKind(peer, e.target.value as PeerKind, suggestedCidr));
          }}
        >
          <option value="selectors">pods (selectors)</option>
          <option value="ipBlock">IP block</option>
        </select>
        <button type="button" className="pf-link" onClick={onRemove}>
          Remove peer
        </button>
      </div>
      <p className="pf-sentence">{describePeer(peer, policyNamespace)}</p>
      {kind === 'ipBlock' && peer.ipBlock !== undefined ? (
        <IpBlockFields
          ipBlock={peer.ipBlock}
          anchor={`${anchor}.ipBlock`}
          onChange={(ipBlock) => {
            onChange({ ipBlock });
          }}
        />
      ) : (
        <>
          <SelectorBlock field="podSelector" {...{ peer, anchor, policyNamespace, onChange }} />
          {both ? (
            <p className="pf-and">
              <strong>AND</strong> in the same element: a pod must match both selectors
            </p>
          ) : null}
          <SelectorBlock
            field="namespaceSelector"
            {...{ peer, anchor, policyNamespace, onChange }}
          />
        </>
      )}
      <FieldProblems anchor={anchor} />
    </div>
  );
}
