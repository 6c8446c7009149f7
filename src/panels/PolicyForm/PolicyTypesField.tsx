import type { NetworkPolicy, PolicyType } from '../../model';
import { FieldProblems } from './FieldProblems';
import { policyTypeSet } from './policyDraft';

const MEANING: Readonly<Record<PolicyType, string>> = {
  Ingress:
    'the selected pods accept only the connections an ingress rule below allows (none without a rule).',
  Egress:
    'the selected pods may open only the connections an egress rule below allows (none without a rule).',
};

/** `policyTypes`: which directions the policy isolates, in plain words. */
export function PolicyTypesField({
  policy,
  onChange,
}: {
  policy: NetworkPolicy;
  onChange: (policy: NetworkPolicy) => void;
}) {
  const types = policy.spec.policyTypes ?? [];
  return (
    <fieldset className="pf-section pf-types">
      <legend>
        <code>policyTypes</code>
      </legend>
      {(['Ingress', 'Egress'] as const).map((type) => {
        const on = types.includes(type);
        const last = on && types.length === 1;
        return (
          <label key={type} className="pf-check">
            <input
              type="checkbox"
              checked={on}
              disabled={last}
              onChange={(e) => {
                onChange(policyTypeSet(policy, type, e.target.checked));
              }}
            />
            <span>
              <strong>{type}</strong>: {MEANING[type]}
            </span>
          </label>
        );
      })}
      <p className="pf-note">
        A policy lists at least one. Left out in YAML, policyTypes is Ingress, plus Egress when the
        policy has egress rules. Policies add up: traffic is allowed when any policy selecting the
        pod allows it.
      </p>
      <FieldProblems anchor="spec.policyTypes" />
    </fieldset>
  );
}
