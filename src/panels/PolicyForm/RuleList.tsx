import type { NetworkPolicy } from '../../model';
import { FieldProblems } from './FieldProblems';
import type { Direction } from '../../engine';
import { ruleAdd, ruleMove, ruleRemove, rulesOf, ruleUpdate } from './policyDraft';
import { RuleCard } from './RuleCard';

interface RuleListProps {
  readonly direction: Direction;
  readonly policy: NetworkPolicy;
  readonly suggestedCidr: string;
  readonly onChange: (policy: NetworkPolicy) => void;
}

function summary(direction: Direction, isolates: boolean, count: number): string {
  const type = direction === 'ingress' ? 'Ingress' : 'Egress';
  if (!isolates) {
    return `policyTypes does not list ${type}: these rules have no effect, and this policy leaves the pods' ${direction} open.`;
  }
  if (count > 0) {
    return direction === 'ingress'
      ? 'A connection may come in when any rule allows it: its peer AND its port match.'
      : 'The pods may open a connection when any rule allows it: its peer AND its port match.';
  }
  return direction === 'ingress'
    ? 'No rule: nothing may connect to the selected pods.'
    : 'No rule: the selected pods may not open any connection.';
}

/** The ingress (or egress) rules of the policy: add, remove, reorder, edit. */
export function RuleList({ direction, policy, suggestedCidr, onChange }: RuleListProps) {
  const rules = rulesOf(policy, direction);
  const type = direction === 'ingress' ? 'Ingress' : 'Egress';
  const isolates = (policy.spec.policyTypes ?? []).includes(type);
  const title = direction === 'ingress' ? 'Ingress rules' : 'Egress rules';
  const who =
    direction === 'ingress'
      ? 'who may connect to the selected pods'
      : 'where the selected pods may connect';
  return (
    <section className="pf-section pf-rules" aria-label={title}>
      <h3>
        {title} <span className="pf-sub">— {who}</span>
      </h3>
      <p className={isolates ? 'pf-note' : 'pf-note is-warning'}>
        {summary(direction, isolates, rules.length)}
      </p>
      {rules.map((rule, i) => (
        <RuleCard
          key={i}
          direction={direction}
          rule={rule}
          index={i}
          count={rules.length}
          policyNamespace={policy.metadata.namespace}
          suggestedCidr={suggestedCidr}
          onChange={(r) => {
            onChange(ruleUpdate(policy, direction, i, r));
          }}
          onMove={(delta) => {
            onChange(ruleMove(policy, direction, i, delta));
          }}
          onRemove={() => {
            onChange(ruleRemove(policy, direction, i));
          }}
        />
      ))}
      <button
        type="button"
        className="pf-add"
        onClick={() => {
          onChange(ruleAdd(policy, direction));
        }}
      >
        Add {direction} rule
      </button>
      {/* the API server's "rules have no effect" warning says what the summary above says */}
      {isolates && <FieldProblems anchor={`spec.${direction}`} />}
    </section>
  );
}
