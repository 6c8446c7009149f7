import { useStoreApi } from '@xyflow/react';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { useEffect, useRef } from 'react';
import {
  OUTSIDE_GROUP_ID,
  selectFlowGroups,
  selectLinesCurrent,
  selectViewDoc,
  selectVirtualEnds,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState, Positions } from '../../store';
import { elkGraphOf, idsToPlace, positionsFromElk } from '../layout/elkGraph';
import { repackTopAround } from '../layout/outsideRows';
import { cardsInRows, placeLoneCards, setLoneCardsAside } from '../layout/loneCards';
import { LayoutUnfinished, elkPreload, layoutWithElk } from '../layout/elkLayout';
import { boxesOverlap } from '../layout/boxesOverlap';
import { nextTask } from './nextTask';
import { layoutAimOf } from '../fitPadding';

const selectLayoutRequest = (s: EditorState) => s.layoutRequest;
const selectLayoutDone = (s: EditorState) => s.layoutDone;
const selectImporting = (s: EditorState) => s.importing !== null;
/** No positions to set. */
const NONE: Positions = {};

/**
 * What is drawn when a layout does not come: each box's cards set in rows (`cardsInRows`), only
 * boxes in rows (a collapsed overview: no card was to be laid out), or, when nothing could be
 * laid out, what had no place yet where the canvas puts it.
 */
type Instead = 'cards' | 'boxes' | 'plain';

const INSTEAD: Record<Instead, string> = {
  cards: 'the cards are set in rows in their boxes',
  boxes: 'the boxes are set in rows',
  plain: 'what had no place yet is drawn in plain rows',
};

/**
 * What the status line says of a layout that failed (`error`), or was cut off for taking too
 * long (`LayoutUnfinished`), in plain words: what is drawn instead (`instead`), that the design
 * is kept and that Re-layout tries again; a failure's cause last, for whoever reports it. One
 * place for every way a layout ends unfinished.
 */
function failureText(error: unknown, instead: Instead): string {
  const then = INSTEAD[instead];
  if (error instanceof LayoutUnfinished) {
    return `The automatic layout did not finish in ${String(error.seconds)} s: ${then}. Re-layout tries again.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `The automatic layout did not finish. Your design is kept: ${then} instead. Re-layout tries again. Cause: ${reason}.`;
}

/** Whether `graph` holds a card to lay out: one in an open box (the collapsed group's are kept). */
function holdsCards(graph: ElkNode, outsideCollapsed: boolean): boolean {
  return (graph.children ?? []).some(
    (box) => (box.children?.length ?? 0) > 0 && !(outsideCollapsed && box.id === OUTSIDE_GROUP_ID),
  );
}

/**
 * Lays the design out when the store asks: after an import, the nodes without
 * a position (a node placed meanwhile keeps its place); on Re-layout, every
 * node, as one undo step; after a namespace is expanded, its workloads, and
 * the top-level boxes again when they overlap (`room`), or always (`boxes`,
 * Expand all, Collapse all): view changes, not undo steps. Collapsed
 * namespaces are laid out as small boxes. Returns true while a request waits
 * for its layout, so that a fit waits for the nodes to be in place.
 */
export function useAutoLayout(): boolean {
  const request = useEditorStore(selectLayoutRequest);
  // The layout places nodes by their lines: it waits for those of the document on show.
  const linesCurrent = useEditorStore(selectLinesCurrent);
  const store = useEditorApi();
  const flow = useStoreApi();
  // A request the store holds answered is not laid out (again): one done before the canvas
  // went (back from the matrix), or one an undo dropped with the design it was for. One asked
  // for while the canvas was away (Help's Re-layout in the matrix) is done now.
  const done = useEditorStore(selectLayoutDone);
  // An import asks for a layout when it is read: the layout's worker starts meanwhile.
  const importing = useEditorStore(selectImporting);
  useEffect(() => {
    if (importing) elkPreload();
  }, [importing]);
  // Whether the canvas is still on screen (a layout left when it goes is not asked again).
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (request === null || request.id <= done || !linesCurrent) return;
    let current = true;
    // The positions placed and the end of the wait in one store update: the canvas derives the
    // design once when Expand all's layout lands, not once for the places and again for the boxes
    // that open (two renders of every card and line in one task).
    const finish = (placed: Positions) => {
      // A layout dropped because the lines changed (an edit meanwhile) or a newer request came
      // is not done: it is asked again, and a box opening stays drawn as it was until then.
      if (current || !mounted.current) store.getState().finishLayout(request.id, placed);
    };
    // Async, so that a graph that cannot be built fails as the layout worker does: told, finished.
    // What it answers is the positions to set with the end of the wait (a Re-layout is an undo
    // step of its own: `arrange`).
    const layOut = async (): Promise<Positions> => {
      const start = store.getState();
      const groups = selectFlowGroups(start);
      const { width, height } = flow.getState();
      const aspectRatio = layoutAimOf(width, height, start.presenting);
      const graph = elkGraphOf({
        doc: selectViewDoc(start),
        groups,
        virtualEnds: selectVirtualEnds(start),
        collapsed: new Set(start.collapsed),
        ...(request.scope === 'room' || request.scope === 'boxes' ? { kept: start.positions } : {}),
      });
      const ids = idsToPlace(graph, start.positions, request.scope);
      if (ids.length === 0) return NONE;
      // ELK lays out the cards joined by lines; those without one go in rows beside them.
      const { graph: linked, aside } = setLoneCardsAside(graph);
      const outsideCollapsed = start.collapsed.includes(OUTSIDE_GROUP_ID);
      // A layout that fails or is cut off leaves no card without a place (piled at its box's
      // corner): each box's cards are set in rows. A Re-layout that fails moves nothing.
      let unfinished: unknown = null;
      const arranged = await layoutWithElk(linked).then(
        (answer) => placeLoneCards(answer, aside),
        (error: unknown) => {
          if (request.scope === 'all') throw error;
          unfinished = error;
          return cardsInRows(graph);
        },
      );
      const laidOut = repackTopAround(arranged, aspectRatio, outsideCollapsed);
      // The places land in a task of their own: the one that took ELK's answer and placed the
      // lone cards would otherwise also render every card and line the layout opens.
      await nextTask();
      if (!current) return NONE;
      const now = store.getState();
      if (unfinished !== null) {
        const instead = holdsCards(graph, outsideCollapsed) ? 'cards' : 'boxes';
        now.notify({ tone: 'error', text: failureText(unfinished, instead) });
      }
      const keep =
        request.scope === 'room' && !boxesOverlap(laidOut, start.positions, outsideCollapsed);
      const wanted = keep ? ids.filter((id) => start.positions[id] === undefined) : ids;
      const placed = positionsFromElk(laidOut, wanted);
      if (request.scope === 'all') {
        if (now.doc === start.doc) now.arrange(placed);
        return NONE;
      }
      if (request.scope !== 'unplaced') return now.doc === start.doc ? placed : NONE;
      return Object.fromEntries(
        Object.entries(placed).filter(([id]) => now.positions[id] === undefined),
      );
    };
    // A graph that cannot be built, or a layout that fails: told, and finished.
    const failed = (error: unknown) => {
      if (current) store.getState().notify({ tone: 'error', text: failureText(error, 'plain') });
      finish(NONE);
    };
    // Built and sent in a task of its own: the render that brought the lines (a dump's
    // 12,471, a hundred boxes and their counts) is the page's longest task already.
    const timer = setTimeout(() => {
      layOut().then(finish, failed);
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [request, done, linesCurrent, store, flow]);
  return request !== null && request.id > done;
}
