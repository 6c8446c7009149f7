/**
 * A lesson session: a lesson's steps loaded one after the other into the
 * editor, with the user's own design, layout and undo history put aside and
 * brought back on exit. A step's document is not the user's edit, so it does
 * not enter the undo history (excalidraw's `CaptureUpdateAction.NEVER`):
 * each step starts with an empty history, edits made in a step can be undone
 * within it, and they are dropped when the step changes or the lesson is
 * left. The canvas fits the step in view and the step's focus is selected; a
 * step's design that carries its layout (position annotations, as a saved
 * design does) is drawn that way.
 * While a lesson runs, autosave keeps the user's design, not the lesson's.
 */
import type { StateCreator } from 'zustand';
import type { EditorState, LessonSession, LessonSlice } from '../editorState';
import { lessonFocusIds, lessonSelection } from '../derived/lesson/focus';
import { selectFlowGroupsNow } from '../derived/selectors';
import { positionsFromDoc } from '../persist/layoutAnnotations';

type SetState = Parameters<StateCreator<EditorState>>[0];
type GetState = Parameters<StateCreator<EditorState>>[1];

function showStep(set: SetState, get: GetState, session: LessonSession): void {
  const step = session.lesson.steps[session.stepIndex];
  if (step === undefined) return;
  // A step whose design carries its layout is drawn as its author placed it; any other keeps
  // the places of the step before (a node it adds finds a free one).
  const { doc, positions } = positionsFromDoc(step.doc);
  const placed = Object.keys(positions).length > 0 ? { positions } : {};
  // A step starts clean: no walk of an earlier step (or of the user's design) carries over.
  set({
    ...placed,
    lessonSession: session,
    doc,
    past: [],
    future: [],
    walk: null,
    walkStop: 0,
    revealed: 1,
  });
  const after = get();
  const lines = new Set(selectFlowGroupsNow(after).map((g) => g.id));
  after.select(lessonSelection(lessonFocusIds(step, after.doc), lines));
  // The step's connection is explained in the Inspector (`after` is the state before `select`).
  if (get().selection?.kind === 'flow' || after.panel === 'author') after.openPanel('inspector');
  after.requestFit();
}

export const createLessonSlice: StateCreator<EditorState, [], [], LessonSlice> = (set, get) => ({
  lessonSession: null,
  presenting: false,
  laser: false,
  revealing: false,
  revealed: 1,
  openLesson: (lesson, options = {}) => {
    if (lesson.steps.length === 0) return;
    const state = get();
    const { doc, positions, past, future, collapsed } = state;
    const saved = state.lessonSession?.saved ?? { doc, positions, past, future, collapsed };
    const last = lesson.steps.length - 1;
    const stepIndex = Math.min(Math.max(options.stepIndex ?? 0, 0), last);
    set({ positions: {}, collapsed: [] });
    showStep(set, get, { lesson, stepIndex, builtIn: options.builtIn ?? false, saved });
    get().notify({
      tone: 'info',
      text: `Lesson “${lesson.title}”. Exit lesson brings your own design back.`,
    });
  },
  lessonStep: (stepIndex) => {
    const session = get().lessonSession;
    if (session === null || session.stepIndex === stepIndex) return;
    if (stepIndex < 0 || stepIndex >= session.lesson.steps.length) return;
    showStep(set, get, { ...session, stepIndex });
  },
  exitLesson: () => {
    const session = get().lessonSession;
    if (session === null) return;
    set({
      lessonSession: null,
      presenting: false,
      laser: false,
      walk: null,
      walkStop: 0,
      ...session.saved,
    });
    const state = get();
    state.select(null);
    // A lesson being written was previewed: back to its editor.
    if (state.authoring !== null) state.openPanel('author');
    state.requestFit();
    state.notify({ tone: 'info', text: 'Lesson closed: your design is back.' });
  },
  setPresenting: (presenting) => {
    // The policy list and the YAML editor are editing chrome: the explanation shows instead.
    const { panel } = get();
    const editing = panel === 'policies' || panel === 'yaml';
    const laser = presenting && get().laser;
    set(presenting && editing ? { presenting, laser, panel: 'inspector' } : { presenting, laser });
    get().requestFit();
  },
  setLaser: (on) => {
    set({ laser: on && get().presenting });
  },
  setRevealing: (revealing) => {
    set({ revealing, revealed: 1 });
  },
  setRevealed: (lines) => {
    set({ revealed: Math.max(1, lines) });
  },
});
