import { useRef } from 'react';
import { BUILT_IN_LESSONS } from '../../workshop';
import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { Modal } from '../Modal';
import { useLessonCommands } from './useLessonCommands';

const selectInLesson = (s: EditorState) => s.lessonSession !== null;
const selectAuthoring = (s: EditorState) => s.authoring !== null;

/** The lessons menu: the built-in lessons, and a trainer's own lesson as a file. */
export function LessonsDialog() {
  const api = useEditorApi();
  const commands = useLessonCommands();
  const fileInput = useRef<HTMLInputElement>(null);
  const inLesson = useEditorStore(selectInLesson);
  const authoring = useEditorStore(selectAuthoring);
  return (
    <Modal
      title="Lessons"
      onClose={() => {
        api.getState().openDialog(null);
      }}
      actions={
        <>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open lesson file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".yaml,.yml,text/yaml"
            hidden
            aria-label="Lesson file to open"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file !== undefined) void commands.openFile(file);
              e.target.value = '';
            }}
          />
          {inLesson && (
            <button
              type="button"
              onClick={commands.editOpen}
              title="This lesson, with the current design in its current step, in the Lesson editor"
            >
              Edit this lesson
            </button>
          )}
          {inLesson && (
            <button
              type="button"
              onClick={commands.printHandout}
              title="Every step of the open lesson, its text and its diagram, ready to print"
            >
              Print handout
            </button>
          )}
          {inLesson && (
            <button
              type="button"
              onClick={commands.saveFile}
              title="The open lesson, with the current design in its current step"
            >
              Save as lesson file
            </button>
          )}
          <button type="button" className="is-primary" onClick={commands.write}>
            {authoring ? 'Back to your lesson' : 'Write a lesson…'}
          </button>
        </>
      }
    >
      <p className="lesson-menu-intro">
        Each lesson loads its own designs; your design comes back when you exit the lesson.
      </p>
      <ul className="lesson-menu">
        {BUILT_IN_LESSONS.map((lesson) => (
          <li key={lesson.id}>
            <button
              type="button"
              className="lesson-menu-item"
              aria-describedby={`lesson-summary-${lesson.id}`}
              onClick={() => {
                commands.openBuiltIn(lesson.id);
              }}
            >
              {lesson.title}
            </button>
            <p id={`lesson-summary-${lesson.id}`} className="lesson-menu-summary">
              {lesson.summary}
            </p>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
