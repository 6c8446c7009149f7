import type { NodeChange } from '@xyflow/react';
import { useCallback } from 'react';
import type { Position } from '../../store';
import { useEditorApi } from '../../store';
import type { DragPlaces } from '../dragPlaces';
import type { CanvasNode } from '../reactFlowTypes';

/**
 * React Flow's node changes folded back into the layout: only moves. Selection
 * is handled by clicks, deletion by the keyboard shortcut (as edits), and
 * sizes are fixed. A drag's moves are view state (`places`) until its drop, which writes the
 * document once (`useNodeDragging`); a move of no drag (React Flow's keys) writes it at once.
 */
export function useNodePositions(places: DragPlaces): (changes: NodeChange<CanvasNode>[]) => void {
  const api = useEditorApi();
  return useCallback(
    (changes) => {
      const moved = new Map<string, Position>();
      for (const change of changes) {
        if (change.type === 'position' && change.position !== undefined) {
          moved.set(change.id, {
            x: Math.round(change.position.x),
            y: Math.round(change.position.y),
          });
        }
      }
      if (places.active()) places.move(moved);
      else api.getState().setPositions(Object.fromEntries(moved));
    },
    [api, places],
  );
}
