import { useState } from 'react';
import type { Lesson, LessonProblem } from '../../../workshop';
import { lessonFileSerialize } from '../../../workshop';
import { useEditorApi } from '../../../store';
import { downloadText } from '../../download';

/** What a problem's field is called on screen, for the status line. */
function fieldName(field: string): string {
  const step = /^steps\[(\d+)\]\.(\w+)$/.exec(field);
  if (step === null) return field === 'steps' ? 'Steps' : `Lesson ${field}`;
  const [, index, name] = step;
  return `Step ${Number(index) + 1} ${name === 'focus' ? 'rings' : (name ?? '')}`;
}

/** Preview (run it as a lesson), save it as a lesson file, or discard it. */
export function LessonEditorActions({
  lesson,
  problems,
}: {
  lesson: Lesson;
  problems: readonly LessonProblem[];
}) {
  const api = useEditorApi();
  const [discarding, setDiscarding] = useState(false);
  const state = () => api.getState();
  return (
    <div className="lesson-editor-actions" role="group" aria-label="Lesson">
      <button
        type="button"
        disabled={lesson.steps.length === 0}
        title="Run the lesson from the step open here; Exit lesson comes back to the editor"
        onClick={() => {
          state().previewAuthoring();
        }}
      >
        Preview
      </button>
      <button
        type="button"
        disabled={lesson.steps.length === 0}
        title="Every step, its text and its diagram, ready to print"
        onClick={() => {
          state().showHandout(lesson);
        }}
      >
        Print handout
      </button>
      <button
        type="button"
        className="is-primary"
        onClick={() => {
          const first = problems[0];
          if (first !== undefined) {
            const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
            state().notify({
              tone: 'error',
              text: `Lesson not saved: ${fieldName(first.field)}: ${first.message}${more}`,
            });
            return;
          }
          downloadText(`${lesson.id}.lesson.yaml`, lessonFileSerialize(lesson));
          state().notify({
            tone: 'info',
            text: `Saved ${lesson.id}.lesson.yaml: open it again from Lessons… → Open lesson file.`,
          });
        }}
      >
        Save as lesson file
      </button>
      {discarding ? (
        <span className="lesson-editor-confirm" role="group" aria-label="Discard the lesson?">
          Discard this lesson?
          <button
            type="button"
            onClick={() => {
              state().stopAuthoring();
            }}
          >
            Discard
          </button>
          <button
            type="button"
            onClick={() => {
              setDiscarding(false);
            }}
          >
            Keep
          </button>
        </span>
      ) : (
        <button
          type="button"
          onClick={() => {
            setDiscarding(true);
          }}
        >
          Discard lesson…
        </button>
      )}
    </div>
  );
}
