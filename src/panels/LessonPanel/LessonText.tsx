import { lessonTextLines } from '../../workshop';
import { useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectRevealing = (s: EditorState) => s.revealing;
const selectRevealed = (s: EditorState) => s.revealed;

/**
 * The step's text. While revealing line by line, the lines not reached yet
 * keep their place (the bar does not grow under the trainer's words) but are
 * neither drawn nor read out.
 */
export function LessonText({ text }: { text: string }) {
  const revealing = useEditorStore(selectRevealing);
  const revealed = useEditorStore(selectRevealed);
  if (!revealing) return <p className="lesson-bar-body">{text}</p>;
  const lines = lessonTextLines(text);
  const shown = Math.min(revealed, lines.length);
  return (
    <div className="lesson-bar-body is-revealing">
      <p className="lesson-bar-reveal" aria-live="polite">
        {`Line ${shown} of ${lines.length}`}
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
