import type { LessonConnection, LessonProblem, LessonStep } from '../../../workshop';
import { docWithPositions, useEditorApi } from '../../../store';
import { ProblemList, problemProps } from './ProblemList';
import { StepClaims } from './StepClaims';
import { StepPolicy } from './StepPolicy';
import { StepRings } from './StepRings';

/** A new claim starts from the step's connection: a new connection, a fresh form. */
function claimKey(c: LessonConnection): string {
  return `${c.from}>${c.to} ${c.protocol}/${String(c.port)}`;
}

/**
 * One step: its title, its text, what it rings, what it claims, and its
 * design (replaceable by the current one).
 */
export function StepEditor({
  index,
  count,
  step,
  problems,
}: {
  index: number;
  count: number;
  step: LessonStep;
  problems: readonly LessonProblem[];
}) {
  const api = useEditorApi();
  const edit = api.getState().editAuthoring;
  const field = (name: string) => `steps[${index}].${name}`;
  const { doc } = step;
  const size = `${doc.workloads.length} workloads, ${doc.externals.length} outside, ${doc.policies.length} policies`;
  return (
    <fieldset className="lesson-editor-step-form">
      <legend>{`Step ${index + 1} of ${count}`}</legend>
      <div className="field">
        <label htmlFor="step-title">Step title</label>
        <input
          id="step-title"
          value={step.title}
          {...problemProps(problems, field('title'), 'step-problems-title')}
          onChange={(e) => {
            edit({ type: 'setStepTitle', index, title: e.target.value });
          }}
        />
        <ProblemList id="step-problems-title" problems={problems} field={field('title')} />
      </div>
      <div className="field">
        <label htmlFor="step-text">Step text</label>
        <textarea
          id="step-text"
          rows={5}
          value={step.text}
          aria-describedby="step-text-hint"
          {...problemProps(problems, field('text'), 'step-problems-text')}
          onChange={(e) => {
            edit({ type: 'setStepText', index, text: e.target.value });
          }}
        />
        <ProblemList id="step-problems-text" problems={problems} field={field('text')} />
        <p id="step-text-hint" className="lesson-editor-hint">
          One point per line: when presenting, “Reveal line by line” shows them one at a time.
        </p>
      </div>
      <StepRings index={index} step={step} problems={problems} />
      <StepClaims
        key={`${String(index)} ${step.focus.connection === undefined ? '' : claimKey(step.focus.connection)}`}
        index={index}
        step={step}
        problems={problems}
      />
      <StepPolicy index={index} step={step} problems={problems} />
      <p className="lesson-editor-hint">{`Its design: ${size}.`}</p>
      <button
        type="button"
        onClick={() => {
          const { doc, positions } = api.getState();
          edit({ type: 'setStepDoc', index, doc: docWithPositions(doc, positions) });
        }}
      >
        Replace its design with the current one
      </button>
    </fieldset>
  );
}
