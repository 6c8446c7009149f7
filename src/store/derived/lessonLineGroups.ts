/**
 * The lines a lesson step names (`focus.lines`): each connection with the
 * engine's verdict on its port, one line per pair of nodes, worked out on
 * this page (a lesson's design is small). Pairs a rule's line already joins
 * are left out: that line shows them.
 */
import type { Path } from '../../engine';
import type { Doc } from '../../model';
import { lessonNodeOf } from '../../workshop';
import type { LessonConnection, LessonStep } from '../../workshop';
import type { EditorState } from '../editorState';
import { nodeIdOfEnd } from '../ids';
import { edgeGroupsOf, statusOfAll } from './edgeGroups';
import { pathGroupsEnforced } from './enforcement';
import { memoWeak } from './memoWeak';
import type { PathGroup } from './pathGroups';
import { pathsBetweenNodes } from './pathSelectors';
import { selectLessonStep } from './lessonSelectors';
import { selectFlowGroups } from './selectors';

const NONE: readonly PathGroup[] = [];

function pathsOfLine(state: EditorState, doc: Doc, line: LessonConnection): Path[] {
  const from = lessonNodeOf(doc, line.from);
  const to = lessonNodeOf(doc, line.to);
  if (from === null || to === null) return [];
  return pathsBetweenNodes(state, nodeIdOfEnd(from), nodeIdOfEnd(to)).filter(
    (p) => p.port === line.port && p.protocol === line.protocol,
  );
}

/** The lines of `step` in `state`'s document, except pairs in `drawn`. */
export function lessonLineGroupsOf(
  state: EditorState,
  step: Pick<LessonStep, 'focus'>,
  drawn: ReadonlySet<string>,
): PathGroup[] {
  const paths = (step.focus.lines ?? []).flatMap((line) => pathsOfLine(state, state.doc, line));
  return edgeGroupsOf(paths, drawn).map(({ items, ...line }) => ({
    ...line,
    paths: items,
    status: statusOfAll(items.map((p) => (p.allowed ? 'allowed' : 'blocked'))),
  }));
}

const byDoc = memoWeak((_doc: Doc) => new WeakMap<LessonStep, WeakMap<object, PathGroup[]>>());

/** The current lesson step's lines (as the network plugin enforces them); none outside a lesson. */
export function selectLessonLineGroups(state: EditorState): readonly PathGroup[] {
  const step = selectLessonStep(state);
  if (step?.focus.lines === undefined) return NONE;
  const flowGroups = selectFlowGroups(state);
  const cache = byDoc(state.doc);
  let perStep = cache.get(step);
  if (perStep === undefined) {
    perStep = new WeakMap();
    cache.set(step, perStep);
  }
  let groups = perStep.get(flowGroups);
  if (groups === undefined) {
    groups = lessonLineGroupsOf(state, step, new Set(flowGroups.map((g) => g.id)));
    perStep.set(flowGroups, groups);
  }
  return pathGroupsEnforced(groups, state.networkPlugin);
}
