import { lessonRevealBeats, lessonTextLines } from '../../workshop';
import type { LessonStep } from '../../workshop';
import { useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectRevealing = (s: EditorState) => s.revealing;
const selectRevealed = (s: EditorState) => s.revealed;

/**
 * The step's text. While revealing line by line, the lines not reached yet
 * keep their place (the bar does not grow under the trainer's words) but are
 * neither drawn nor read out. A beat shows a line of text and a line of the
 * canvas (`lessonReveal.ts`), so "Line 2 of 4" counts both.
 */
export function LessonText({ step }: { step: Pick<LessonStep, 'text' | 'focus' | 'expect'> }) {
  const revealing = useEditorStore(selectRevealing);
  const revealed = useEditorStore(selectRevealed);
  if (!revealing) return <p className="lesson-bar-body">{step.text}</p>;
  const lines = lessonTextLines(step.text);
  const beats = lessonRevealBeats(step);
  const shown = Math.min(revealed, beats);
  return (
    <div className="lesson-bar-body is-revealing">
      <p className="lesson-bar-reveal" aria-live="polite">
        {`Line ${shown} of ${beats}`}
      </p>
      {lines.map((line, i) => (
        <p
          key={i}
          className={i < shown ? 'lesson-bar-line' : 'lesson-bar-line is-hidden'}
          aria-hidden={i < shown ? undefined : true}
        >
          {line}
        </p>
      ))}
    </div>
  );
}
