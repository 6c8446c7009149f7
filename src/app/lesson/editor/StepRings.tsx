import { useMemo } from 'react';
import { focusWithNodes, lessonNodeChoices } from '../../../workshop';
import { useEditorApi } from '../../../store';
import type { StepPartProps } from './stepPartProps';
import { ProblemList } from './ProblemList';
import { StepConnection } from './StepConnection';

/**
 * What a step rings on the canvas (ticked nodes), and the connection it is
 * about (its line is selected and explained, as a built-in step's is).
 */
export function StepRings({ index, step, problems }: StepPartProps) {
  const api = useEditorApi();
  const choices = useMemo(() => lessonNodeChoices(step.doc), [step.doc]);
  const { focus } = step;
  const nodes = focus.nodes ?? [];
  return (
    <div className="lesson-editor-rings">
      <fieldset className="lesson-editor-nodes">
        <legend>It rings</legend>
        {choices.length === 0 && <p className="lesson-editor-hint">This step’s design is empty.</p>}
        {choices.map((c) => (
          <label key={c.value} title={c.label}>
            <input
              type="checkbox"
              checked={nodes.includes(c.value)}
              onChange={(e) => {
                const rest = nodes.filter((n) => n !== c.value);
                const next = focusWithNodes(focus, e.target.checked ? [...rest, c.value] : rest);
                api.getState().editAuthoring({ type: 'setStepFocus', index, focus: next });
              }}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <StepConnection index={index} step={step} ends={choices.filter((c) => c.canBeEnd)} />
      <ProblemList id="step-problems-focus" problems={problems} field={`steps[${index}].focus`} />
    </div>
  );
}
