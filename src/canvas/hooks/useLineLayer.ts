import { useMemo } from 'react';
import { selectNeighbourhood, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { drawsLinesInLayer, linesForFlow } from '../lineLayer';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';
import type { ZoomBand } from '../zoomBand';

const selectPicturing = (s: EditorState) => s.dialog === 'picture';

/**
 * The lines to hand React Flow (`lineLayer.ts`): all of `lines`, or, while the canvas draws the
 * plain ones itself (a large design zoomed out to names), those that stand out; and whether the
 * design is large enough for the layer at all.
 */
export function useLineLayer(
  nodes: readonly CanvasNode[],
  lines: FlowEdge[],
  band: ZoomBand,
): FlowEdge[] {
  const picturing = useEditorStore(selectPicturing);
  const hood = useEditorStore(selectNeighbourhood);
  const layered = useMemo(
    () => drawsLinesInLayer({ nodes, band, picturing }),
    [nodes, band, picturing],
  );
  return useMemo(() => linesForFlow(lines, layered, hood), [lines, layered, hood]);
}
