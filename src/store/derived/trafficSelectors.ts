/**
 * The Traffic table to show. A small design's (a lesson, three tiers) is worked out on the page
 * as the tab draws it (`selectTrafficTable`); a large design's by the derivation worker, asked
 * for while the tab is open: the same function, which takes 1.6 s on a 1,000-workload design.
 * While the worker works out an edit's table, the one before it stays on show, marked as
 * updating; another design's is never shown.
 */
import { sameDesign } from '../designLineage';
import type { EditorState } from '../editorState';
import { selectTrafficTable } from './lesson/stepSelectors';
import { selectViewDoc } from './viewDoc';
import type { TrafficTableShown } from './trafficShown';

/**
 * Up to this many workloads the table is worked out on the page: 60 take it about 15 ms, as
 * many as the canvas draws open (`COLLAPSE_ON_OPEN_WORKLOADS`); 200 take 171 ms in Node.
 */
export const TRAFFIC_ON_PAGE_WORKLOADS = 60;

/** Whether the page works the Traffic table out itself: a small design, or no worker. */
export function trafficOnPage(state: EditorState): boolean {
  return (
    state.derived === null || selectViewDoc(state).workloads.length <= TRAFFIC_ON_PAGE_WORKLOADS
  );
}

/** The Traffic table on show: the page's or the worker's, or null while the worker works it out. */
export function selectTrafficShown(state: EditorState): TrafficTableShown | null {
  if (trafficOnPage(state)) return selectTrafficTable(state);
  const traffic = state.derived?.traffic ?? null;
  return traffic !== null && sameDesign(state.lineage, traffic.doc, state.doc) ? traffic : null;
}

/** Whether the Traffic table on show is the document's (not one before an edit). */
export function selectTrafficCurrent(state: EditorState): boolean {
  return trafficOnPage(state) || state.derived?.traffic?.doc === state.doc;
}
