import { useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { FAR_CARD_TYPES, FAR_PER_FRAME, bandShownOf, isCardNear } from '../farCards';
import type { CameraView } from '../farCards';
import type { ZoomBand } from '../zoomBand';
import { DOTLESS_BAND } from './useDotsMeasuredOnShow';
import { whenIdle } from './whenIdle';

type NodeUpdates = Parameters<ReactFlowState['updateNodeInternals']>[0];

/** How long after the last card came near its dots are measured (a pan brings many). */
const MEASURE_AFTER_MS = 200;

/**
 * How long the cards wait to be gathered after a change of the nodes, at most (ms): a long pan or
 * zoom right after Expand all leaves the page no idle moment, and the cards it brought were
 * never drawn empty meanwhile.
 */
export const GATHER_WITHIN_MS = 500;

const CARD_CLASSES = [...FAR_CARD_TYPES].map((type) => `react-flow__node-${type}`);

/**
 * The cards React Flow holds, among the children of its nodes' layer: a search of the whole
 * canvas matched every element of every card and line after each part of Expand all.
 */
function cardElementsIn(root: Element | null | undefined): HTMLElement[] {
  const layer = root?.querySelector('.react-flow__nodes');
  if (layer === null || layer === undefined) return [];
  const cards: HTMLElement[] = [];
  for (const element of layer.children) {
    if (
      element instanceof HTMLElement &&
      CARD_CLASSES.some((name) => element.classList.contains(name))
    ) {
      cards.push(element);
    }
  }
  return cards;
}

function viewOf(state: ReactFlowState): CameraView {
  const [x, y, zoom] = state.transform;
  return { x, y, zoom, width: state.width, height: state.height };
}

/** Whether the card drawn by `element` lies near the view (`farCards.ts`). */
function isElementNear(state: ReactFlowState, element: HTMLElement): boolean | undefined {
  const id = element.dataset.id;
  const node = id === undefined ? undefined : state.nodeLookup.get(id);
  if (node === undefined) return undefined;
  const { x, y } = node.internals.positionAbsolute;
  const box = {
    x,
    y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
  return isCardNear(box, viewOf(state));
}

/**
 * Marks the cards away from the view `data-far` (`farCards.ts`; `levelOfDetail.css` draws them
 * empty) while `on`, at every move of the camera, before the frame that draws it: a camera
 * that zooms in to a few cards lays out and paints those. A card that comes near is drawn whole
 * in that frame; cards that go far are drawn empty `FAR_PER_FRAME` a frame, and until the last
 * is, the canvas keeps the band it showed (the band returned), so that a zoom in from the whole
 * design (F, Find, Show) restyles those cards a part a frame, and only then the cards in view
 * for their new band. A card that comes near outside the dotless band has its dots measured
 * (`useDotsMeasuredOnShow`), once the camera rests.
 */
export function useFarCards(on: boolean, band: ZoomBand): ZoomBand {
  const flow = useStoreApi();
  // Cards waiting to be drawn empty, read as the canvas renders: the camera's move that makes
  // them wait is seen by the store's subscribers before React renders the move.
  const waitingToEmpty = useRef(new Set<HTMLElement>());
  const shown = useRef(band);
  const [, emptied] = useState(0);
  shown.current = bandShownOf(band, shown.current, waitingToEmpty.current.size);
  const bandNow = useRef(shown.current);
  bandNow.current = shown.current;
  useEffect(() => {
    if (!on) return;
    const toEmpty = waitingToEmpty.current;
    let part = 0;
    let cards: HTMLElement[] = [];
    /** Cancels the gathering that waits for an idle moment, while one waits. */
    let waiting: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const toMeasure: NodeUpdates = new Map();
    // A card gone far again since it came near is drawn empty: measured, its skipped content
    // would be laid out alone, card after card; it is measured when it comes near once more.
    const measure = () => {
      const updates = new Map(
        [...toMeasure].filter(
          ([, u]) => u.nodeElement.isConnected && u.nodeElement.dataset.far !== 'true',
        ),
      );
      toMeasure.clear();
      if (updates.size > 0) flow.getState().updateNodeInternals(updates, { triggerFitView: false });
    };
    /** Draws empty the next part of the cards gone far, still far; the band follows after the last. */
    const emptyPart = () => {
      part = 0;
      const state = flow.getState();
      let count = 0;
      for (const element of toEmpty) {
        if (count === FAR_PER_FRAME) break;
        toEmpty.delete(element);
        if (!element.isConnected || isElementNear(state, element) !== false) continue;
        element.dataset.far = 'true';
        count += 1;
      }
      if (toEmpty.size > 0) part = requestAnimationFrame(nextPart);
    };
    /** A later part: after the last, the canvas shows the camera's band. */
    const nextPart = () => {
      emptyPart();
      if (toEmpty.size === 0) emptied((n) => n + 1);
    };
    const mark = () => {
      const state = flow.getState();
      if (state.width === 0 || state.height === 0) return;
      let far = 0;
      for (const element of cards) {
        const near = isElementNear(state, element);
        if (near === undefined) continue;
        if (near) toEmpty.delete(element);
        if (near !== (element.dataset.far === 'true')) continue;
        if (!near) {
          toEmpty.add(element);
          far += 1;
          continue;
        }
        delete element.dataset.far;
        const id = element.dataset.id;
        if (id !== undefined && bandNow.current !== DOTLESS_BAND) {
          toMeasure.set(id, { id, nodeElement: element as HTMLDivElement, force: true });
        }
      }
      if (far > 0 && part === 0) emptyPart();
      if (toMeasure.size > 0) {
        clearTimeout(timer);
        timer = setTimeout(measure, MEASURE_AFTER_MS);
      }
    };
    /**
     * The cards in the page, found again once the page is idle after a change of the nodes (or
     * `GATHER_WITHIN_MS` after, when it is not): not in the frame after each part of Expand all,
     * already the longest of its tasks.
     */
    const gather = () => {
      waiting = null;
      cards = cardElementsIn(flow.getState().domNode);
      mark();
      return true;
    };
    gather();
    const unsubscribe = flow.subscribe((state, previous) => {
      // React Flow keeps one `nodeLookup` and fills it again: its `nodes` say what changed.
      if (state.nodes !== previous.nodes) {
        waiting ??= whenIdle(gather, { timeout: GATHER_WITHIN_MS });
      }
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      ) {
        mark();
      }
    });
    return () => {
      unsubscribe();
      waiting?.();
      cancelAnimationFrame(part);
      clearTimeout(timer);
      toEmpty.clear();
      for (const element of cards) delete element.dataset.far;
    };
  }, [on, flow]);
  return shown.current;
}
