import { useMemo } from 'react';
import { selectFlowGroups, selectPathGroups, selectSelection, useEditorStore } from '../../store';
import type { FlowEdge } from '../reactFlowTypes';
import { useRecentChanges } from './useRecentChanges';
import { toFlowEdges } from '../toFlowEdges';

/** The flow edges, derived from the policies' rules. */
export function useCanvasEdges(): FlowEdge[] {
  const groups = useEditorStore(selectFlowGroups);
  const pathGroups = useEditorStore(selectPathGroups);
  const changes = useRecentChanges();
  const selection = useEditorStore(selectSelection);
  const selectedNodeId = selection?.kind === 'node' ? selection.id : null;
  const selectedEdgeId = selection?.kind === 'flow' ? selection.id : null;
  return useMemo(
    () => toFlowEdges({ groups, pathGroups, selectedNodeId, selectedEdgeId, changes }),
    [groups, pathGroups, selectedNodeId, selectedEdgeId, changes],
  );
}
