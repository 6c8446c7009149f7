/**
 * The comparison as the page shows it: the worker's diff for the current design
 * (or, without a worker, one worked out here), and the canvas lines of its
 * changed pairs.
 */
import type { PairChanges } from '../../engine';
import type { EditorState } from '../editorState';
import type { EdgeId, NodeId } from '../ids';
import { edgeIdOf, nodeIdOfPod } from '../ids';
import { selectEnforced } from '../derived/enforcement';
import { selectIndex } from '../derived/selectors';
import { selectViewDoc } from '../derived/viewDoc';
import { memoWeak } from '../derived/memoWeak';
import type { ComparisonResult } from './compareState';
import { comparisonOf } from './comparison';

export interface ComparisonView {
  /** The diff, or null while the first one is being worked out. */
  readonly result: ComparisonResult | null;
  /** Whether `result` is of the design on screen (false: an edit is being compared). */
  readonly current: boolean;
}

let inPlace: { key: readonly unknown[]; view: ComparisonView } | null = null;

/** Without a worker: the diff worked out here, once per design, compared design and plugin. */
function comparedInPlace(state: EditorState, before: EditorState['doc']): ComparisonView {
  const doc = selectViewDoc(state);
  const enforced = selectEnforced(state);
  const key = [before, doc, enforced] as const;
  if (inPlace !== null && inPlace.key.every((k, i) => k === key[i])) return inPlace.view;
  const result = comparisonOf(before, { doc, index: selectIndex(state) }, enforced);
  const view = { result, current: true };
  inPlace = { key, view };
  return view;
}

const WORKING: ComparisonView = { result: null, current: false };

/** The comparison open, or null when none is. */
export function selectComparison(state: EditorState): ComparisonView | null {
  const { comparing, derived } = state;
  if (comparing === null) return null;
  if (derived === null) return comparedInPlace(state, comparing.doc);
  const sent = derived.comparison;
  if (sent === null || sent.against !== comparing.doc) return WORKING;
  // An older diff stays on show (not current) until the edited design's arrives.
  const current = sent.doc === state.doc && sent.enforced === selectEnforced(state);
  return viewsOf(sent)[current ? 'current' : 'stale'];
}

/** The two views of a worker's answer, one object each (components compare by identity). */
const viewsOf = memoWeak((sent: { readonly result: ComparisonResult }) => ({
  current: { result: sent.result, current: true },
  stale: { result: sent.result, current: false },
}));

/** One changed pair as the canvas draws it: the line between the two workloads. */
export interface ComparedLine {
  readonly id: EdgeId;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly pair: PairChanges;
}

const linesOf = memoWeak((result: ComparisonResult): readonly ComparedLine[] =>
  result.diff.pairs.map((pair) => {
    const source = nodeIdOfPod(pair.from);
    const target = nodeIdOfPod(pair.to);
    return { id: edgeIdOf(source, target), source, target, pair };
  }),
);

const NO_LINES: readonly ComparedLine[] = [];

/**
 * How many changed pairs the canvas draws at once. Past that (a change that opens or
 * closes a whole cluster) it draws only the pair picked in the list and those of the
 * selected workload: a flood of lines shows nothing.
 */
export const COMPARED_LINES_DRAWN = 80;

/** The lines of the pairs whose connections changed; none without a comparison. */
export function selectComparedLines(state: EditorState): readonly ComparedLine[] {
  const result = selectComparison(state)?.result;
  return result === null || result === undefined ? NO_LINES : linesOf(result);
}

/**
 * Whether the design was changed since the user saved it to a file or opened one: an edit made,
 * not undone. Unknown (false) for the design the page opened with (restored from the browser, a
 * fixture, a shared link), which no file is known to hold.
 */
export function selectChangedSinceSaved(state: EditorState): boolean {
  const copy = state.savedCopy;
  return copy !== null && copy.how !== 'loaded' && copy.doc !== state.doc;
}
