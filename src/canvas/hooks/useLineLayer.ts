import { useMemo, useState } from 'react';
import { selectNeighbourhood, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { drawsLinesInLayer, linesForFlow } from '../lineLayer';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';
import { sharer } from '../sharedById';
import type { ZoomBand } from '../zoomBand';

const selectPicturing = (s: EditorState) => s.dialog === 'picture';

/**
 * The lines to hand React Flow (`lineLayer.ts`): all of `lines`, or, while the canvas draws the
 * plain ones itself (a large design zoomed out to names), those that stand out; and whether the
 * design is large enough for the layer at all. While the layer draws, the same lines as last
 * time are the same list: each part of Expand all's cards brings new `lines` (those between the
 * cards drawn so far), of which React Flow holds none zoomed out, and a new empty list had React
 * Flow store it and run every mounted card's selector again, in every part.
 */
export function useLineLayer(
  nodes: readonly CanvasNode[],
  lines: FlowEdge[],
  band: ZoomBand,
): FlowEdge[] {
  const [share] = useState(sharer<FlowEdge>);
  const picturing = useEditorStore(selectPicturing);
  const hood = useEditorStore(selectNeighbourhood);
  const layered = useMemo(
    () => drawsLinesInLayer({ nodes, band, picturing }),
    [nodes, band, picturing],
  );
  return useMemo(() => {
    const flow = linesForFlow(lines, layered, hood);
    // Not layered: `lines` itself, which tells the canvas that the layer draws none.
    return flow === lines ? flow : share(flow);
  }, [lines, layered, hood, share]);
}
