import type { OnNodeDrag } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LayoutPatch } from '../../store';
import { useEditorApi } from '../../store';
import type { DragPlaces } from '../dragPlaces';
import type { CanvasNode } from '../reactFlowTypes';

/**
 * React Flow's drag stop, with where the dragged nodes were when the drag began (`before`) and
 * where they were dropped (`after`, relative to their boxes as stored).
 */
export type OnDrop = (
  ...args: [...Parameters<OnNodeDrag<CanvasNode>>, before: LayoutPatch, after: LayoutPatch]
) => void;

/** Where each node was drawn, rounded as the store keeps places. */
function placesOf(nodes: readonly CanvasNode[]): LayoutPatch {
  return Object.fromEntries(
    nodes.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]),
  );
}

/**
 * Whether a card is being dragged (its lines then follow it at every move: `useEdgeRouting`),
 * with React Flow's drag start and stop handlers. The drag's moves land in `places` (view state:
 * `useNodePositions`); `onStop` runs at the drop, told where the dragged nodes were drawn when
 * it began, so that the drop writes the document once, as one undo step back there.
 */
export function useNodeDragging(
  places: DragPlaces,
  onStop: OnDrop,
  nodes: readonly CanvasNode[],
): {
  dragging: boolean;
  onNodeDragStart: OnNodeDrag<CanvasNode>;
  onNodeDragStop: OnNodeDrag<CanvasNode>;
} {
  const api = useEditorApi();
  const [dragging, setDragging] = useState(false);
  const before = useRef<LayoutPatch>({});
  const onNodeDragStart = useCallback<OnNodeDrag<CanvasNode>>(
    (_event, _node, nodes) => {
      // Where each is drawn (a node without a stored place is where the canvas put it): the
      // drop's undo puts it back there, whatever the canvas would put there by then.
      const { positions } = api.getState();
      const drawn = placesOf(nodes);
      before.current = Object.fromEntries(
        nodes.map((n) => [n.id, positions[n.id] ?? drawn[n.id] ?? null]),
      );
      places.begin();
      setDragging(true);
    },
    [api, places],
  );
  // A dragged node gone from the canvas mid-drag (deleted by its key, its box collapsed): React
  // Flow drops the drag without a stop, so it ends here, writing nothing; else every line stayed
  // unrouted (`useEdgeRouting` waits for the drop) until the next drag.
  useEffect(() => {
    const ids = Object.keys(before.current);
    if (!dragging || ids.length === 0) return;
    const drawn = new Set(nodes.map((n) => n.id));
    if (ids.every((id) => drawn.has(id))) return;
    setDragging(false);
    places.end();
    before.current = {};
  }, [dragging, nodes, places]);
  const onNodeDragStop = useCallback<OnNodeDrag<CanvasNode>>(
    (event, node, nodes) => {
      setDragging(false);
      // The document takes the drop, then the drag's places go: one drawing, the card where
      // it was dropped (React batches both).
      onStop(event, node, nodes, before.current, placesOf(nodes));
      places.end();
      before.current = {};
    },
    [onStop, places],
  );
  return { dragging, onNodeDragStart, onNodeDragStop };
}
