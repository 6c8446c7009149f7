import { useMemo, useState } from 'react';
import {
  OUTSIDE_GROUP_ID,
  selectViewDoc,
  selectHighlightedPods,
  selectIsolation,
  selectLessonFocusNodes,
  selectPolicyPeers,
  selectPositions,
  selectSelection,
  selectVirtualEnds,
  useEditorStore,
} from '../../store';
import type { CanvasNode } from '../reactFlowTypes';
import { sharer } from '../sharedById';
import { markSelected, toFlowNodes } from '../toFlowNodes';
import { collapseNodes } from '../collapse/collapseNodes';
import { withOutsideFrame } from '../outsideGroup';
import { createCardsKept } from '../cardsKept';
import { withOutsideCollapsed } from '../outsideCollapsed';
import { useAfterPaint } from './useAfterPaint';
import { useCollapsedLines } from './useCollapsedLines';

/** The class React Flow puts on a node's wrapper while a lesson step points at it. */
export const LESSON_FOCUS_CLASS = 'nc-lesson-focus';

/**
 * The React Flow nodes of the document, recomputed only when what they show
 * changes; a node that looks the same keeps its object (React Flow skips it).
 */
export function useCanvasNodes(): CanvasNode[] {
  const [share] = useState(sharer<CanvasNode>);
  const [cards] = useState(createCardsKept);
  const doc = useEditorStore(selectViewDoc);
  const positions = useEditorStore(selectPositions);
  const isolation = useEditorStore(selectIsolation);
  const highlighted = useEditorStore(selectHighlightedPods);
  const peers = useEditorStore(selectPolicyPeers);
  // After a paint: a pick shows in the Inspector first, then on the canvas.
  const selection = useAfterPaint(useEditorStore(selectSelection));
  const selectedId = selection?.kind === 'node' ? selection.id : null;
  const focus = useEditorStore(selectLessonFocusNodes);
  const virtualEnds = useEditorStore(selectVirtualEnds);
  const { lines, collapsed } = useCollapsedLines();
  const closed = useMemo(() => new Set(collapsed), [collapsed]);
  // The workloads of collapsed namespaces get no node: a dump's overview builds 100 boxes, not 2,000 cards.
  const all = useMemo(
    () =>
      toFlowNodes({
        doc,
        positions,
        isolation,
        highlighted: new Set(highlighted),
        selectedId: null,
        virtualEnds,
        peers: new Set(peers),
        collapsed: closed,
        cards,
      }),
    [doc, positions, isolation, highlighted, virtualEnds, peers, closed, cards],
  );
  const unpicked = useMemo(() => {
    const boxes = collapseNodes(all, doc, closed, lines.inside);
    return closed.has(OUTSIDE_GROUP_ID) ? withOutsideCollapsed(boxes) : withOutsideFrame(boxes);
  }, [all, doc, closed, lines]);
  // A pick marks one card on the nodes already built (the design's 1,064 cards are not built again).
  const nodes = useMemo(() => markSelected(unpicked, selectedId), [unpicked, selectedId]);
  return useMemo(() => {
    if (focus.length === 0) return share(nodes);
    const focused = new Set(focus);
    return share(
      nodes.map((n) => (focused.has(n.id) ? { ...n, className: LESSON_FOCUS_CLASS } : n)),
    );
  }, [share, nodes, focus]);
}
