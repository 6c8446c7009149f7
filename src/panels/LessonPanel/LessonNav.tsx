import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectSession = (s: EditorState) => s.lessonSession;

/** Previous, Next and Exit lesson. */
export function LessonNav() {
  const api = useEditorApi();
  const session = useEditorStore(selectSession);
  if (session === null) return null;
  const { stepIndex } = session;
  const count = session.lesson.steps.length;
  const go = (index: number) => {
    api.getState().lessonStep(index);
  };
  return (
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
  );
}
