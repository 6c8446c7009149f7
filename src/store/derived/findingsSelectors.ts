/**
 * The document's findings (`findFindings`), derived and memoised by the
 * compiled document (never stored), and how many apply to each canvas node.
 */
import type { Finding, PolicyIndex } from '../../engine';
import { findFindings } from '../../engine';
import type { Doc } from '../../model';
import type { EditorState } from '../editorState';
import { memoWeak } from './memoWeak';
import { findingCountsOf, findingNodeId } from './findingCounts';
import { selectIndex, selectTablesShown } from './selectors';
import { selectViewDoc } from './viewDoc';

const findingsByDoc = memoWeak((_doc: Doc) => new WeakMap<PolicyIndex, readonly Finding[]>());

const NO_FINDINGS: readonly Finding[] = [];

/** The findings: the derivation worker's (`selectTablesShown`), or computed here without a worker. */
export function selectFindings(state: EditorState): readonly Finding[] {
  const { derived } = state;
  if (derived !== null) return selectTablesShown(state)?.findings ?? NO_FINDINGS;
  const index = selectIndex(state);
  const doc = selectViewDoc(state);
  const cache = findingsByDoc(doc);
  let findings = cache.get(index);
  if (findings === undefined) {
    findings = findFindings(doc, index);
    cache.set(index, findings);
  }
  return findings;
}

const countsOf = memoWeak(findingCountsOf);
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/** How many findings apply to each node, by node id: as the worker counted them, or counted here. */
export function selectFindingCounts(state: EditorState): ReadonlyMap<string, number> {
  const { derived } = state;
  if (derived !== null) return selectTablesShown(state)?.findingCounts ?? NO_COUNTS;
  return countsOf(selectFindings(state));
}

const NO_IDS: ReadonlySet<string> = new Set();
const shownIdsOf = memoWeak((_findings: readonly Finding[]) => new Map<string, Set<string>>());

/** The nodes of the finding shown with "Show" (empty when none is shown). */
export function selectShownFindingNodes(state: EditorState): ReadonlySet<string> {
  const { shownFinding } = state;
  if (shownFinding === null) return NO_IDS;
  const findings = selectFindings(state);
  const cache = shownIdsOf(findings);
  let ids = cache.get(shownFinding);
  if (ids === undefined) {
    const finding = findings.find((f) => f.id === shownFinding);
    ids = new Set(
      (finding?.subjects ?? []).flatMap((s) => {
        const id = findingNodeId(s);
        return id === null ? [] : [id];
      }),
    );
    cache.set(shownFinding, ids);
  }
  return ids;
}
