import { useMemo } from 'react';
import {
  selectDoc,
  selectHighlightedPods,
  selectIsolation,
  selectPositions,
  selectSelection,
  useEditorStore,
} from '../../store';
import type { CanvasNode } from '../flowTypes';
import { toFlowNodes } from '../toFlowNodes';

/** The React Flow nodes of the document, recomputed only when what they show changes. */
export function useCanvasNodes(): CanvasNode[] {
  const doc = useEditorStore(selectDoc);
  const positions = useEditorStore(selectPositions);
  const isolation = useEditorStore(selectIsolation);
  const highlighted = useEditorStore(selectHighlightedPods);
  const selection = useEditorStore(selectSelection);
  const selectedId = selection?.kind === 'node' ? selection.id : null;
  return useMemo(
    () => toFlowNodes({ doc, positions, isolation, highlighted: new Set(highlighted), selectedId }),
    [doc, positions, isolation, highlighted, selectedId],
  );
}
