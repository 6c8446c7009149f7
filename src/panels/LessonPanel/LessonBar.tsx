import { selectLessonStep, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import './lesson.css';
import { LessonNav } from './LessonNav';
import { LessonText } from './LessonText';

const selectSession = (s: EditorState) => s.lessonSession;

/**
 * The open lesson above the canvas: the step's title and its two or three
 * sentences, where we are, and the buttons to step through it or leave it.
 */
export function LessonBar() {
  const session = useEditorStore(selectSession);
  const step = useEditorStore(selectLessonStep);
  if (session === null || step === null) return null;
  const { lesson, stepIndex } = session;
  const count = lesson.steps.length;
  return (
    <section className="lesson-bar" aria-label={`Lesson: ${lesson.title}`}>
      <div className="lesson-bar-head">
        <p className="lesson-bar-where">
          <span>{lesson.title}</span> · <span>{`Step ${stepIndex + 1} of ${count}`}</span>
        </p>
        <LessonNav />
      </div>
      <h2 className="lesson-bar-title">{step.title}</h2>
      <LessonText step={step} />
    </section>
  );
}
