/**
 * The lines a lesson step names (`focus.lines`): each connection with the
 * engine's verdict on its port, one line per pair of nodes, worked out on
 * this page (a lesson's design is small). Where a rule's line joins the
 * same pair, the step's line is drawn instead (it may speak of a port the
 * rule does not open).
 */
import type { Path } from '../../../engine';
import { pathOnPort, pathStatus } from '../../../engine';
import type { Doc } from '../../../model';
import { lessonNodeOf } from '../../../workshop';
import type { LessonConnection, LessonStep } from '../../../workshop';
import type { EditorState } from '../../editorState';
import { edgeGroupsOf, statusOfAll } from '../edgeGroups';
import { pathGroupsEnforced } from '../enforcement';
import { memoWeak } from '../memoWeak';
import type { PathGroup } from '../pathGroups';
import { selectLessonStep } from './stepSelectors';
import { selectIndex } from '../selectors';
import { selectViewDoc } from '../viewDoc';

const NONE: readonly PathGroup[] = [];

function pathsOfLine(state: EditorState, doc: Doc, line: LessonConnection): Path[] {
  const from = lessonNodeOf(doc, line.from);
  const to = lessonNodeOf(doc, line.to);
  if (from === null || to === null) return [];
  const path = pathOnPort(selectViewDoc(state), selectIndex(state), from, to, line);
  return path === null ? [] : [path];
}

/** The lines of `step` in `state`'s document. */
export function lessonLineGroupsOf(
  state: EditorState,
  step: Pick<LessonStep, 'focus'>,
): PathGroup[] {
  const paths = (step.focus.lines ?? []).flatMap((line) => pathsOfLine(state, state.doc, line));
  return edgeGroupsOf(paths).map(({ items, ...line }) => ({
    ...line,
    paths: items,
    status: statusOfAll(items.map(pathStatus)),
  }));
}

const byDoc = memoWeak((_doc: Doc) => new WeakMap<LessonStep, PathGroup[]>());

/** The current lesson step's lines (as the network plugin enforces them); none outside a lesson. */
export function selectLessonLineGroups(state: EditorState): readonly PathGroup[] {
  const step = selectLessonStep(state);
  if (step?.focus.lines === undefined) return NONE;
  const cache = byDoc(state.doc);
  let groups = cache.get(step);
  if (groups === undefined) {
    groups = lessonLineGroupsOf(state, step);
    cache.set(step, groups);
  }
  return pathGroupsEnforced(groups, state.networkPlugin);
}
