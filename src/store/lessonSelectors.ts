/** Derived data for the lesson player and the traffic table, memoised by document. */
import type { LessonStep, MissionTable } from '../lessons';
import { missionTable } from '../lessons';
import type { Doc } from '../model';
import type { EditorState } from './editorState';
import type { LessonFocusIds } from './lessonFocus';
import { lessonFocusIds } from './lessonFocus';
import { memoWeak } from './memoWeak';

/** The open lesson's current step, or null. */
export function selectLessonStep(state: EditorState): LessonStep | null {
  const session = state.lessonSession;
  return session === null ? null : (session.lesson.steps[session.stepIndex] ?? null);
}

const focusByDoc = memoWeak((_doc: Doc) => new WeakMap<LessonStep, LessonFocusIds>());
const NO_FOCUS: readonly string[] = [];

/** Node ids the current step points at (highlighted on the canvas); none outside a lesson. */
export function selectLessonFocusNodes(state: EditorState): readonly string[] {
  const step = selectLessonStep(state);
  if (step === null) return NO_FOCUS;
  const cache = focusByDoc(state.doc);
  let focus = cache.get(step);
  if (focus === undefined) {
    focus = lessonFocusIds(step, state.doc);
    cache.set(step, focus);
  }
  return focus.nodes;
}

const tableOf = memoWeak(missionTable);

/** The mission table of the document: component, ingress or egress, port, meaning. */
export function selectMissionTable(state: EditorState): MissionTable {
  return tableOf(state.doc);
}
