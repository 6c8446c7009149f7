import { selectLessonStep, useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import './lesson.css';

const selectSession = (s: EditorState) => s.lessonSession;

/**
 * The open lesson above the canvas: the step's title and its two or three
 * sentences, where we are, and the buttons to step through it or leave it.
 */
export function LessonBar() {
  const api = useEditorApi();
  const session = useEditorStore(selectSession);
  const step = useEditorStore(selectLessonStep);
  if (session === null || step === null) return null;
  const { lesson, stepIndex } = session;
  const count = lesson.steps.length;
  const go = (index: number) => {
    api.getState().lessonStep(index);
  };
  return (
    <section className="lesson-bar" aria-label={`Lesson: ${lesson.title}`}>
      <div className="lesson-bar-text">
        <p className="lesson-bar-where">
          <span>{lesson.title}</span> · <span>{`Step ${stepIndex + 1} of ${count}`}</span>
        </p>
        <h2 className="lesson-bar-title">{step.title}</h2>
        <p className="lesson-bar-body">{step.text}</p>
      </div>
      <div className="lesson-bar-nav" role="group" aria-label="Lesson steps">
        <button
          type="button"
          onClick={() => {
            go(stepIndex - 1);
          }}
          disabled={stepIndex === 0}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          ← Previous
        </button>
        <button
          type="button"
          className="is-primary"
          onClick={() => {
            go(stepIndex + 1);
          }}
          disabled={stepIndex === count - 1}
          aria-keyshortcuts="ArrowRight PageDown"
        >
          Next →
        </button>
        <button
          type="button"
          onClick={() => {
            api.getState().exitLesson();
          }}
          title="Leave the lesson: your own design comes back"
        >
          Exit lesson
        </button>
      </div>
    </section>
  );
}
