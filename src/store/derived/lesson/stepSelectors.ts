/** Derived data for the lesson player and the traffic table, memoised by document. */
import type { LessonStep, PolicyListing, TrafficTable } from '../../../workshop';
import { lessonPolicyListing, trafficTable } from '../../../workshop';
import type { Doc } from '../../../model';
import type { EditorState } from '../../editorState';
import type { LessonFocusIds } from './focus';
import { lessonFocusIds } from './focus';
import { lessonSubjectIds } from './subject';
import { memoWeak } from '../memoWeak';
import { selectFlowGroupsNow } from '../selectors';
import { selectViewDoc } from '../viewDoc';

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

const viewByDoc = memoWeak((_doc: Doc) => new WeakMap<LessonStep, readonly string[]>());

/**
 * Node ids a lesson step's view is fitted to: everything the step talks about
 * (`lessonSubject.ts`: the nodes it points at, its connection's ends and the
 * ends of every claim its text makes, an address standing for the drawn node
 * that holds it), so a recipe in a large design is drawn readable, with the
 * pods it talks about. None outside a lesson, or when the step names nothing
 * the document has: then the whole design is fitted.
 */
export function selectLessonViewNodes(state: EditorState): readonly string[] {
  const step = selectLessonStep(state);
  if (step === null) return NO_FOCUS;
  const cache = viewByDoc(state.doc);
  let ids = cache.get(step);
  if (ids === undefined) {
    ids = lessonSubjectIds(step, state.doc, selectFlowGroupsNow(state));
    cache.set(step, ids);
  }
  return ids;
}

const listingByDoc = memoWeak((_doc: Doc) => new WeakMap<LessonStep, PolicyListing | null>());

/** The policy the current step shows beside the canvas, or null (none, or not in the design). */
export function selectLessonPolicy(state: EditorState): PolicyListing | null {
  const step = selectLessonStep(state);
  if (step?.policy === undefined) return null;
  const cache = listingByDoc(state.doc);
  let listing = cache.get(step);
  if (listing === undefined) {
    listing = lessonPolicyListing(state.doc, step.policy);
    cache.set(step, listing);
  }
  return listing;
}

const tableOf = memoWeak(trafficTable);

/**
 * The traffic table of the design as the canvas draws it (with the pods inferred from a folder
 * of policies): component, ingress or egress, port, meaning.
 */
export function selectTrafficTable(state: EditorState): TrafficTable {
  return tableOf(selectViewDoc(state));
}
