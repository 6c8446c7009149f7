import type { Direction, RuleRef } from '../../engine';
import { describePeer, peersKey, rulePeers, rulePortsText } from '../../engine';
import type { NetworkPolicy } from '../../model';
import { DeletionPreview } from '../DeletionPreview';

/** One rule: its ports, and each peer with what deleting it (or the whole rule) would change. */
function RuleItem({ rule, policy }: { rule: RuleRef; policy: NetworkPolicy }) {
  const { direction, ruleIndex } = rule;
  const field = peersKey(direction);
  const value = policy.spec[direction]?.[ruleIndex];
  if (value === undefined) return null;
  const where = `spec.${direction}[${ruleIndex}]`;
  const peers = rulePeers(value, direction) ?? [];
  return (
    <li className="policy-rule">
      <div className="policy-rule-head">
        <code>{where}</code>
        <span className="rules-reason">{rulePortsText(value.ports, 'sentence').join(', ')}</span>
        <DeletionPreview
          edit={{ type: 'removeRule', rule }}
          what="this rule"
          label={`Preview deleting ${where}`}
        />
      </div>
      <ul className="policy-rule-peers" aria-label={`Peers of ${where}`}>
        {peers.length === 0 && (
          <li className="rules-reason">
            {field}: {direction === 'ingress' ? 'from anywhere' : 'to anywhere'}
          </li>
        )}
        {peers.map((peer, i) => (
          <li key={`${where}.${field}[${String(i)}]`}>
            <span>
              <code>
                {field}[{i}]
              </code>{' '}
              {describePeer(peer, policy.metadata.namespace)}
            </span>
            <DeletionPreview
              edit={{ type: 'removeRulePeer', rule, peerIndex: i }}
              what="this peer"
              label={`Preview deleting ${where}.${field}[${String(i)}]`}
            />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** A policy's ingress and egress rules, each with a preview of its deletion. */
export function PolicyRules({ policy }: { policy: NetworkPolicy }) {
  const ref = { namespace: policy.metadata.namespace, name: policy.metadata.name };
  const directions: readonly Direction[] = ['ingress', 'egress'];
  const count = (policy.spec.ingress?.length ?? 0) + (policy.spec.egress?.length ?? 0);
  return (
    <section className="rules" aria-label="Rules of this policy">
      <h3>Rules</h3>
      {count === 0 && (
        <p className="panel-hint-inline">No rule: it only isolates the pods it selects.</p>
      )}
      <ul>
        {directions.flatMap((direction) =>
          (policy.spec[direction] ?? []).map((_, ruleIndex) => (
            <RuleItem
              key={`${direction}[${String(ruleIndex)}]`}
              rule={{ policy: ref, direction, ruleIndex }}
              policy={policy}
            />
          )),
        )}
      </ul>
    </section>
  );
}
