import { useEditorApi } from '../../../store';
import type { StepPartProps } from './stepPartProps';
import { ProblemList, problemProps } from './ProblemList';

const NONE = '';

/** The policy the step shows large beside the canvas, picked among its design's policies. */
export function StepPolicy({ index, step, problems }: StepPartProps) {
  const api = useEditorApi();
  const names = step.doc.policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).sort();
  const field = `steps[${index}].policy`;
  return (
    <div className="field">
      <label htmlFor="step-policy">The policy it shows beside the canvas</label>
      <select
        id="step-policy"
        value={step.policy?.name ?? NONE}
        {...problemProps(problems, field, 'step-problems-policy')}
        onChange={(e) => {
          const policy = e.target.value === NONE ? null : e.target.value;
          api.getState().editAuthoring({ type: 'setStepPolicy', index, policy });
        }}
      >
        <option value={NONE}>(none)</option>
        {step.policy !== undefined && !names.includes(step.policy.name) && (
          <option value={step.policy.name}>{`${step.policy.name} (not in this design)`}</option>
        )}
        {names.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <ProblemList id="step-problems-policy" problems={problems} field={field} />
    </div>
  );
}
