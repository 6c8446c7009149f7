import { useStoreApi, useUpdateNodeInternals } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { ZoomBand } from '../zoomBand';

/**
 * The band in which a card's dots (the handles a flow is drawn from and to)
 * are not laid out at all (`levelOfDetail.css`): under 4 px on screen, and
 * each a positioned element that every step of a pan pays for.
 */
export const DOTLESS_BAND: ZoomBand = 'names';

/**
 * React Flow measures where a node's dots are when the node mounts or changes
 * size. A card mounted in the dotless band (Expand all at the fitted zoom)
 * would keep the place of a dot that was not laid out, and a flow drawn from
 * it once zoomed in would start away from the dot: leaving the band, every
 * node's dots are measured again (once, in the next frame).
 */
export function useDotsMeasuredOnShow(band: ZoomBand): void {
  const flow = useStoreApi();
  const updateNodeInternals = useUpdateNodeInternals();
  const was = useRef(band);
  useEffect(() => {
    const left = was.current === DOTLESS_BAND && band !== DOTLESS_BAND;
    was.current = band;
    if (left) updateNodeInternals([...flow.getState().nodeLookup.keys()]);
  }, [band, flow, updateNodeInternals]);
}
