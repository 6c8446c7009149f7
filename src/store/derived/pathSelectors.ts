/**
 * Derived data about the focused node (the selected node, or the node whose
 * paths were on show when a line was clicked): its paths, and its paths as
 * canvas lines. Memoised by document and node id.
 */
import type { NodePaths, Path } from '../../engine';
import type { Doc } from '../../model';
import type { EditorState } from '../editorState';
import { NO_PATHS, derivePaths } from './derive';
import { pathGroupsEnforced } from './enforcement';
import { memoWeak } from './memoWeak';
import { plainEqual } from '../plainEqual';
import { nodeIdOfEnd } from '../ids';
import { pathGroupsOf } from './pathGroups';
import type { PathGroup } from './pathGroups';
import type { PathGroupsMemo } from './pathGroupsMemo';
import { selectFlowGroups, selectIndex } from './selectors';
import { selectViewDoc } from './viewDoc';

/** The node whose paths are on show, or null. */
export function selectFocusId(state: EditorState): string | null {
  const { selection } = state;
  if (selection?.kind === 'node') return selection.id;
  if (selection?.kind === 'flow') return selection.focus;
  return null;
}

const EMPTY = NO_PATHS;
const pathsByDoc = memoWeak((_doc: Doc) => new Map<string, NodePaths>());

/** Every path in and out of a workload or external endpoint, per port, computed on this page. */
function pathsOfNodeNow(state: EditorState, id: string): NodePaths {
  const doc = selectViewDoc(state);
  const cache = pathsByDoc(doc);
  let paths = cache.get(id);
  if (paths === undefined) {
    paths = derivePaths(doc, selectIndex(state), id);
    cache.set(id, paths);
  }
  return paths;
}

/**
 * Every path in and out of a workload or external endpoint, per port. With
 * the derivation worker, only the focused node's are known (the worker's
 * last answer for it; none until it answers).
 */
export function pathsOfNode(state: EditorState, id: string): NodePaths {
  const { derived } = state;
  if (derived === null) return pathsOfNodeNow(state, id);
  return derived.paths?.id === id ? derived.paths.paths : EMPTY;
}

export function selectFocusPaths(state: EditorState): NodePaths {
  const id = selectFocusId(state);
  return id === null ? EMPTY : pathsOfNode(state, id);
}

const NO_GROUPS: readonly PathGroup[] = [];

/**
 * `groups` (of `paths`), each equal to one the store worked out last as that one
 * (`PathGroupsMemo`). Of the same paths, a line of the same id is equal without a look: its
 * paths are those of its pair of nodes (a dump's busy workload has 5,000, and comparing them
 * again took 50-90 ms of the task that took the worker's lines after a policy was deleted).
 */
function keptGroups(memo: PathGroupsMemo, paths: NodePaths, groups: PathGroup[]): PathGroup[] {
  const samePaths = memo.ofIds?.paths === paths;
  const kept = groups.map((g) => {
    const old = memo.groups.get(g.id);
    return old !== undefined && (samePaths || plainEqual(old, g)) ? old : g;
  });
  memo.groups = new Map(kept.map((g) => [g.id, g]));
  return kept;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The focused node's paths as canvas lines, except pairs a rule's line already joins. */
export function selectPathGroups(state: EditorState): readonly PathGroup[] {
  const paths = selectFocusPaths(state);
  if (paths === EMPTY) return NO_GROUPS;
  const flowGroups = selectFlowGroups(state);
  const memo = state.pathGroupsMemo;
  let cache = memo.byPaths.get(paths);
  if (cache === undefined) {
    cache = new WeakMap<object, PathGroup[]>();
    memo.byPaths.set(paths, cache);
  }
  let groups = cache.get(flowGroups);
  if (groups === undefined) {
    const ids = flowGroups.map((g) => g.id);
    groups =
      memo.ofIds?.paths === paths && sameIds(memo.ofIds.ids, ids)
        ? memo.ofIds.groups
        : keptGroups(memo, paths, pathGroupsOf(paths, new Set(ids)));
    memo.ofIds = { paths, ids, groups };
    cache.set(flowGroups, groups);
  }
  return pathGroupsEnforced(groups, state.networkPlugin);
}

/**
 * The paths from one node to another (both model nodes), per port of the
 * destination: worked out on this page, on demand (a clicked line).
 */
export function pathsBetweenNodes(state: EditorState, source: string, target: string): Path[] {
  return pathsOfNodeNow(state, source).outbound.filter((p) => nodeIdOfEnd(p.to) === target);
}
