import type { NetworkPolicyPeer } from '../../model';
import { FieldProblems } from './FieldProblems';
import { PeerCard } from './PeerCard';
import type { Direction } from '../../engine';
import { peersKey } from '../../engine';
import type { FormRule } from './policyDraft';
import { peerAdd, peerRemove, peerUpdate, portAdd, portRemove, portUpdate } from './policyDraft';
import { PortRow } from './PortRow';

interface RuleCardProps {
  readonly direction: Direction;
  readonly rule: FormRule;
  readonly index: number;
  readonly count: number;
  readonly policyNamespace: string;
  readonly suggestedCidr: string;
  readonly onChange: (rule: FormRule) => void;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
}

const NEW_PEER: NetworkPolicyPeer = { podSelector: {} };

/** One rule: its peers (any of them: OR) and its ports (any of them). */
export function RuleCard(props: RuleCardProps) {
  const { direction, rule, index, count, policyNamespace, suggestedCidr, onChange } = props;
  const anchor = `spec.${direction}[${index}]`;
  const key = peersKey(direction);
  const title = `${direction === 'ingress' ? 'Ingress' : 'Egress'} rule ${index + 1}`;
  const peers = rule.peers ?? [];
  const ports = rule.ports ?? [];
  const anywhere = direction === 'ingress' ? 'from anywhere' : 'to anywhere';
  return (
    <div className="pf-rule" role="group" aria-label={title}>
      <div className="pf-rule-head">
        <h4>{title}</h4>
        <button
          type="button"
          aria-label={`Move ${title} up`}
          disabled={index === 0}
          onClick={() => {
            props.onMove(-1);
          }}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${title} down`}
          disabled={index === count - 1}
          onClick={() => {
            props.onMove(1);
          }}
        >
          ↓
        </button>
        <button type="button" aria-label={`Remove ${title}`} onClick={props.onRemove}>
          Remove
        </button>
      </div>
      <h5>
        <code>{key}</code> {peers.length > 1 ? '— any of these peers (OR)' : ''}
      </h5>
      {peers.length === 0 && (
        <p className="pf-empty">
          No peer: {anywhere} — every pod in every namespace and every IP address.
        </p>
      )}
      {peers.map((peer, j) => (
        <div key={j}>
          {j > 0 && <p className="pf-or">OR</p>}
          <PeerCard
            peer={peer}
            index={j}
            anchor={`${anchor}.${key}[${j}]`}
            policyNamespace={policyNamespace}
            suggestedCidr={suggestedCidr}
            onChange={(p) => {
              onChange(peerUpdate(rule, j, p));
            }}
            onRemove={() => {
              onChange(peerRemove(rule, j));
            }}
          />
        </div>
      ))}
      <button
        type="button"
        className="pf-add"
        onClick={() => {
          onChange(peerAdd(rule, NEW_PEER));
        }}
      >
        Add peer
      </button>
      <h5>
        <code>ports</code> {ports.length > 1 ? '— any of these' : ''}
      </h5>
      {ports.length === 0 && <p className="pf-empty">No port listed: every port and protocol.</p>}
      {ports.map((port, j) => (
        <PortRow
          key={j}
          port={port}
          index={j}
          anchor={`${anchor}.ports[${j}]`}
          onChange={(p) => {
            onChange(portUpdate(rule, j, p));
          }}
          onRemove={() => {
            onChange(portRemove(rule, j));
          }}
        />
      ))}
      <button
        type="button"
        className="pf-add"
        onClick={() => {
          onChange(portAdd(rule));
        }}
      >
        Add port
      </button>
      <FieldProblems anchor={anchor} />
    </div>
  );
}
