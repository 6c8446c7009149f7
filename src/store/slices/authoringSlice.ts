/**
 * The lesson a trainer writes in the app. Every change is a `LessonEdit`
 * applied by the workshop's pure `lessonEditApply`; the step open in the
 * editor follows a step that moves, and stays in range when one is deleted.
 */
import type { StateCreator } from 'zustand';
import type { LessonEdit } from '../../workshop';
import { lessonEditApply, lessonNew } from '../../workshop';
import type { AuthoringSlice, EditorState } from '../editorState';

/** The step open in the editor after `edit`, given it was `open` and the lesson has `count` steps now. */
function openStepAfter(edit: LessonEdit, open: number, count: number): number {
  switch (edit.type) {
    case 'addStep':
      return count - 1;
    case 'moveStep':
      return open === edit.from ? edit.to : open;
    case 'deleteStep':
      return Math.max(0, Math.min(open > edit.index ? open - 1 : open, count - 1));
    default:
      return open;
  }
}

export const createAuthoringSlice: StateCreator<EditorState, [], [], AuthoringSlice> = (
  set,
  get,
) => ({
  authoring: null,
  authoringStep: 0,
  handout: null,
  showHandout: (handout) => {
    set({ handout });
  },
  startAuthoring: (lesson) => {
    set({ authoring: lesson ?? lessonNew(), authoringStep: 0, panel: 'author' });
  },
  editAuthoring: (edit) => {
    const { authoring, authoringStep } = get();
    if (authoring === null) return;
    const next = lessonEditApply(authoring, edit);
    if (next === authoring) return;
    set({ authoring: next, authoringStep: openStepAfter(edit, authoringStep, next.steps.length) });
  },
  setAuthoringStep: (index) => {
    const { authoring } = get();
    if (authoring === null || index < 0 || index >= authoring.steps.length) return;
    set({ authoringStep: index });
  },
  stopAuthoring: () => {
    const { panel } = get();
    set({
      authoring: null,
      authoringStep: 0,
      ...(panel === 'author' ? { panel: 'inspector' } : {}),
    });
  },
  previewAuthoring: () => {
    const { authoring, authoringStep } = get();
    if (authoring === null || authoring.steps.length === 0) return;
    get().openLesson(authoring, { stepIndex: authoringStep, builtIn: false });
  },
});
