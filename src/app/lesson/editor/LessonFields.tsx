import type { Lesson, LessonProblem } from '../../../workshop';
import { useEditorApi } from '../../../store';
import { ProblemList, problemProps } from './ProblemList';

/** The lesson's title, id (its file name and address) and one-line summary. */
export function LessonFields({
  lesson,
  problems,
}: {
  lesson: Lesson;
  problems: readonly LessonProblem[];
}) {
  const api = useEditorApi();
  const edit = api.getState().editAuthoring;
  return (
    <div className="lesson-editor-fields">
      <div className="field">
        <label htmlFor="lesson-title">Lesson title</label>
        <input
          id="lesson-title"
          value={lesson.title}
          {...problemProps(problems, 'title', 'lesson-problems-title')}
          onChange={(e) => {
            edit({ type: 'setLessonTitle', title: e.target.value });
          }}
        />
        <ProblemList id="lesson-problems-title" problems={problems} field="title" />
      </div>
      <div className="field">
        <label htmlFor="lesson-id">Lesson id (file name and address)</label>
        <input
          id="lesson-id"
          className="is-mono"
          value={lesson.id}
          spellCheck={false}
          {...problemProps(problems, 'id', 'lesson-problems-id')}
          onChange={(e) => {
            edit({ type: 'setLessonId', id: e.target.value });
          }}
        />
        <ProblemList id="lesson-problems-id" problems={problems} field="id" />
      </div>
      <div className="field">
        <label htmlFor="lesson-summary">Summary</label>
        <input
          id="lesson-summary"
          value={lesson.summary}
          placeholder="What the lesson shows, in one sentence"
          onChange={(e) => {
            edit({ type: 'setLessonSummary', summary: e.target.value });
          }}
        />
      </div>
    </div>
  );
}
