import { useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { ZoomBand } from '../zoomBand';

/**
 * The band in which a card's dots (the handles a flow is drawn from and to)
 * are not laid out at all (`levelOfDetail.css`): under 4 px on screen, and
 * each a positioned element that every step of a pan pays for.
 */
export const DOTLESS_BAND: ZoomBand = 'names';

type NodeUpdates = Parameters<ReactFlowState['updateNodeInternals']>[0];

/**
 * The cards drawn in the canvas with their dots, by node id, found in one search of it. React
 * Flow's `useUpdateNodeInternals` searches the whole canvas once per node: 1,064 searches of the
 * expanded 1,000-workload design, most of a second in the task that zooms in. A card far from
 * the view is drawn without its dots (`useFarCards`, which measures it when it comes near).
 */
function drawnCards(canvas: HTMLDivElement | null): NodeUpdates {
  const updates: NodeUpdates = new Map();
  const selector = '.react-flow__node:not([data-far="true"])';
  for (const nodeElement of canvas?.querySelectorAll<HTMLDivElement>(selector) ?? []) {
    const id = nodeElement.dataset.id;
    if (id !== undefined) updates.set(id, { id, nodeElement, force: true });
  }
  return updates;
}

/**
 * React Flow measures where a node's dots are when the node mounts or changes
 * size. A card mounted in the dotless band (Expand all at the fitted zoom)
 * would keep the place of a dot that was not laid out, and a flow drawn from
 * it once zoomed in would start away from the dot: leaving the band, every
 * card drawn has its dots measured again (once, in the next frame). The cards
 * are found in that frame: one the camera took far meanwhile is drawn empty,
 * its content skipped by the browser (`content-visibility`), and measuring it
 * laid it out alone, card after card (F at 200 workloads: 90 to 100 layouts, 310 to 347 ms
 * of CPU in one frame); it is measured when it comes near (`useFarCards`).
 */
export function useDotsMeasuredOnShow(band: ZoomBand): void {
  const flow = useStoreApi();
  const was = useRef(band);
  useEffect(() => {
    const left = was.current === DOTLESS_BAND && band !== DOTLESS_BAND;
    was.current = band;
    if (!left) return;
    requestAnimationFrame(() => {
      const updates = drawnCards(flow.getState().domNode);
      flow.getState().updateNodeInternals(updates, { triggerFitView: false });
    });
  }, [band, flow]);
}
