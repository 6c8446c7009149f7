import { useMemo, useState } from 'react';
import { selectFlowGroups, selectPathGroups, selectSelection, useEditorStore } from '../../store';
import type { FlowEdge } from '../reactFlowTypes';
import { sharer } from '../sharedById';
import { useRecentChanges } from './useRecentChanges';
import { toFlowEdges } from '../toFlowEdges';

/** The flow edges, derived from the policies' rules; an edge that looks the same keeps its object. */
export function useCanvasEdges(): FlowEdge[] {
  const [share] = useState(sharer<FlowEdge>);
  const groups = useEditorStore(selectFlowGroups);
  const pathGroups = useEditorStore(selectPathGroups);
  const changes = useRecentChanges();
  const selection = useEditorStore(selectSelection);
  const selectedNodeId = selection?.kind === 'node' ? selection.id : null;
  const selectedEdgeId = selection?.kind === 'flow' ? selection.id : null;
  return useMemo(
    () => share(toFlowEdges({ groups, pathGroups, selectedNodeId, selectedEdgeId, changes })),
    [share, groups, pathGroups, selectedNodeId, selectedEdgeId, changes],
  );
}
