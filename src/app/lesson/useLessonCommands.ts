/** Opening a lesson (built in, or a trainer's file) and saving one as a file. */
import { useMemo } from 'react';
import { builtInLesson, lessonFileParse, lessonFileSerialize } from '../../workshop';
import { useEditorApi } from '../../store';
import { downloadText } from '../download';
import { lessonDraft } from './lessonDraft';

export interface LessonCommands {
  openBuiltIn: (id: string) => void;
  openFile: (file: File) => Promise<void>;
  saveFile: () => void;
  /** Opens the Lesson editor: on the lesson being written, else on a new one. */
  write: () => void;
  /** Leaves the open lesson and edits it (the current design in its current step). */
  editOpen: () => void;
  /** Shows the open lesson as a handout to print. */
  printHandout: () => void;
}

export function useLessonCommands(): LessonCommands {
  const api = useEditorApi();
  return useMemo(() => {
    const state = () => api.getState();
    return {
      openBuiltIn: (id) => {
        const lesson = builtInLesson(id);
        if (lesson === null) return;
        state().openDialog(null);
        state().openLesson(lesson, { builtIn: true });
      },
      openFile: async (file) => {
        const read = lessonFileParse({ name: file.name, text: await file.text() });
        if (!read.ok) {
          const first = read.issues.find((i) => i.severity === 'error');
          const where = first !== undefined && first.line > 0 ? ` line ${first.line}` : '';
          state().notify({
            tone: 'error',
            text: `${file.name}${where}: ${first?.message ?? 'not a lesson file'}. No lesson opened.`,
          });
          return;
        }
        state().openDialog(null);
        state().openLesson(read.lesson, { builtIn: false });
      },
      saveFile: () => {
        const { lessonSession, doc } = state();
        if (lessonSession === null) return;
        const lesson = lessonDraft(lessonSession, doc);
        downloadText(`${lesson.id}.lesson.yaml`, lessonFileSerialize(lesson));
      },
      write: () => {
        state().openDialog(null);
        if (state().lessonSession !== null) state().exitLesson();
        const { authoring } = state();
        if (authoring === null) state().startAuthoring();
        else state().openPanel('author');
      },
      printHandout: () => {
        const { lessonSession } = state();
        if (lessonSession === null) return;
        state().openDialog(null);
        state().showHandout(lessonSession.lesson);
      },
      editOpen: () => {
        const { lessonSession, doc } = state();
        if (lessonSession === null) return;
        const lesson = lessonDraft(lessonSession, doc);
        state().openDialog(null);
        state().exitLesson();
        state().startAuthoring(lesson);
        state().setAuthoringStep(lessonSession.stepIndex);
      },
    };
  }, [api]);
}
