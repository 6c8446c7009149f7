import { useMemo } from 'react';
import { lessonProblems } from '../../../workshop';
import { useEditorApi, useEditorStore } from '../../../store';
import type { EditorState } from '../../../store';
import './lessonEditor.css';
import { LessonFields } from './LessonFields';
import { LessonEditorActions } from './LessonEditorActions';
import { ProblemList } from './ProblemList';
import { StepEditor } from './StepEditor';
import { StepList } from './StepList';

const selectAuthoring = (s: EditorState) => s.authoring;
const selectOpenStep = (s: EditorState) => s.authoringStep;

/**
 * The Lesson editor tab: a trainer's own lesson, written in the app. Each
 * step keeps a snapshot of the design as it was when the step was added (or
 * replaced); its title, text and what it rings are written here. Problems
 * are shown beside the field they are about, and keep the lesson from being
 * saved until they are fixed.
 */
export function LessonEditor() {
  const api = useEditorApi();
  const lesson = useEditorStore(selectAuthoring);
  const open = useEditorStore(selectOpenStep);
  const problems = useMemo(() => (lesson === null ? [] : lessonProblems(lesson)), [lesson]);
  if (lesson === null) {
    return (
      <section className="panel lesson-editor" aria-label="Lesson editor">
        <p className="panel-hint">No lesson is being written.</p>
        <button
          type="button"
          onClick={() => {
            api.getState().startAuthoring();
          }}
        >
          New lesson
        </button>
      </section>
    );
  }
  const step = lesson.steps[open];
  return (
    <section className="panel lesson-editor" aria-label="Lesson editor">
      <LessonFields lesson={lesson} problems={problems} />
      <h3 className="lesson-editor-heading">Steps</h3>
      <ProblemList id="lesson-problems-steps" problems={problems} field="steps" />
      <StepList lesson={lesson} open={open} problems={problems} />
      {step !== undefined && (
        <StepEditor
          key={open}
          index={open}
          count={lesson.steps.length}
          step={step}
          problems={problems}
        />
      )}
      <LessonEditorActions lesson={lesson} problems={problems} />
    </section>
  );
}
