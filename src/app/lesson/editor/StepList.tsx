import type { Lesson, LessonProblem } from '../../../workshop';
import { docWithPositions, useEditorApi } from '../../../store';

/**
 * The steps in order: pick one to edit, move it up or down, delete it; and
 * add a step holding the design as it is now.
 */
export function StepList({
  lesson,
  open,
  problems,
}: {
  lesson: Lesson;
  open: number;
  problems: readonly LessonProblem[];
}) {
  const api = useEditorApi();
  const state = () => api.getState();
  const count = lesson.steps.length;
  return (
    <>
      {count > 0 && (
        <ol className="lesson-editor-steps" aria-label="Steps">
          {lesson.steps.map((step, i) => {
            const number = i + 1;
            const wrong = problems.some((p) => p.field.startsWith(`steps[${i}].`));
            return (
              <li key={i} className={i === open ? 'is-open' : undefined}>
                <button
                  type="button"
                  className="lesson-editor-step"
                  aria-current={i === open ? 'step' : undefined}
                  onClick={() => {
                    state().setAuthoringStep(i);
                  }}
                >
                  <span className="lesson-editor-step-number">{number}.</span>{' '}
                  {step.title.trim() === '' ? '(no title)' : step.title}
                  {wrong && <span className="lesson-editor-step-wrong"> · to fix</span>}
                </button>
                <button
                  type="button"
                  className="lesson-editor-icon"
                  aria-label={`Move step ${number} up`}
                  title="Move up"
                  disabled={i === 0}
                  onClick={() => {
                    state().editAuthoring({ type: 'moveStep', from: i, to: i - 1 });
                  }}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="lesson-editor-icon"
                  aria-label={`Move step ${number} down`}
                  title="Move down"
                  disabled={i === count - 1}
                  onClick={() => {
                    state().editAuthoring({ type: 'moveStep', from: i, to: i + 1 });
                  }}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="lesson-editor-icon"
                  aria-label={`Delete step ${number}`}
                  title="Delete"
                  onClick={() => {
                    state().editAuthoring({ type: 'deleteStep', index: i });
                  }}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        className="lesson-editor-add"
        title="The new step keeps a copy of the design on the canvas as it is now, laid out as it is"
        onClick={() => {
          const { doc, positions } = state();
          const placed = docWithPositions(doc, positions);
          state().editAuthoring({ type: 'addStep', doc: placed, title: `Step ${count + 1}` });
        }}
      >
        Add step from the current design
      </button>
    </>
  );
}
