import { useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { FAR_CARD_TYPES, isCardNear } from '../farCards';
import type { CameraView } from '../farCards';
import type { ZoomBand } from '../zoomBand';
import { DOTLESS_BAND } from './useDotsMeasuredOnShow';
import { whenIdle } from './whenIdle';

type NodeUpdates = Parameters<ReactFlowState['updateNodeInternals']>[0];

/** How long after the last card came near its dots are measured (a pan brings many). */
const MEASURE_AFTER_MS = 200;

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

/**
 * Marks the cards away from the view `data-far` (`farCards.ts`; `levelOfDetail.css` draws them
 * empty) while `on`, at every move of the camera, before the frame that draws it: a camera
 * that zooms in to a few cards lays out and paints those. A card that comes near outside the
 * dotless band has its dots measured (`useDotsMeasuredOnShow`), once the camera rests.
 */
export function useFarCards(on: boolean, band: ZoomBand): void {
  const flow = useStoreApi();
  const bandNow = useRef(band);
  bandNow.current = band;
  useEffect(() => {
    if (!on) return;
    let cards: HTMLElement[] = [];
    /** Cancels the gathering that waits for an idle moment, while one waits. */
    let waiting: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const toMeasure: NodeUpdates = new Map();
    const measure = () => {
      const updates = new Map([...toMeasure].filter(([, u]) => u.nodeElement.isConnected));
      toMeasure.clear();
      if (updates.size > 0) flow.getState().updateNodeInternals(updates, { triggerFitView: false });
    };
    const mark = () => {
      const state = flow.getState();
      const view = viewOf(state);
      if (view.width === 0 || view.height === 0) return;
      for (const element of cards) {
        const id = element.dataset.id;
        const node = id === undefined ? undefined : state.nodeLookup.get(id);
        if (id === undefined || node === undefined) continue;
        const { x, y } = node.internals.positionAbsolute;
        const box = {
          x,
          y,
          width: node.measured.width ?? node.width ?? 0,
          height: node.measured.height ?? node.height ?? 0,
        };
        const far = !isCardNear(box, view);
        if (far === (element.dataset.far === 'true')) continue;
        if (far) {
          element.dataset.far = 'true';
        } else {
          delete element.dataset.far;
          if (bandNow.current !== DOTLESS_BAND) {
            toMeasure.set(id, { id, nodeElement: element as HTMLDivElement, force: true });
          }
        }
      }
      if (toMeasure.size > 0) {
        clearTimeout(timer);
        timer = setTimeout(measure, MEASURE_AFTER_MS);
      }
    };
    /**
     * The cards in the page, found again once the page is idle after a change of the nodes: not
     * in the frame after each part of Expand all, already the longest of its tasks.
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
      if (state.nodes !== previous.nodes) waiting ??= whenIdle(gather);
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
      clearTimeout(timer);
      for (const element of cards) delete element.dataset.far;
    };
  }, [on, flow]);
}
