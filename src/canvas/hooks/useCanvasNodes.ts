import { useMemo } from 'react';
import {
  selectDoc,
  selectFlowGroups,
  selectHighlightedPods,
  selectIsolation,
  selectPolicyPeers,
  selectPositions,
  selectSelection,
  useEditorStore,
} from '../../store';
import type { CanvasNode } from '../reactFlowTypes';
import { toFlowNodes, virtualEndsOf } from '../toFlowNodes';

/** The React Flow nodes of the document, recomputed only when what they show changes. */
export function useCanvasNodes(): CanvasNode[] {
  const doc = useEditorStore(selectDoc);
  const positions = useEditorStore(selectPositions);
  const isolation = useEditorStore(selectIsolation);
  const highlighted = useEditorStore(selectHighlightedPods);
  const peers = useEditorStore(selectPolicyPeers);
  const selection = useEditorStore(selectSelection);
  const groups = useEditorStore(selectFlowGroups);
  const selectedId = selection?.kind === 'node' ? selection.id : null;
  const virtualEnds = useMemo(() => virtualEndsOf(groups), [groups]);
  return useMemo(
    () =>
      toFlowNodes({
        doc,
        positions,
        isolation,
        highlighted: new Set(highlighted),
        selectedId,
        virtualEnds,
        peers: new Set(peers),
      }),
    [doc, positions, isolation, highlighted, selectedId, virtualEnds, peers],
  );
}
