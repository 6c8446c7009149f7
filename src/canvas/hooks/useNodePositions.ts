import type { NodeChange } from '@xyflow/react';
import { useCallback } from 'react';
import type { Position } from '../../store';
import { useEditorApi } from '../../store';
import type { CanvasNode } from '../reactFlowTypes';

/**
 * React Flow's node changes folded back into the layout: only moves. Selection
 * is handled by clicks, deletion by the keyboard shortcut (as edits), and
 * sizes are fixed.
 */
export function useNodePositions(): (changes: NodeChange<CanvasNode>[]) => void {
  const api = useEditorApi();
  return useCallback(
    (changes) => {
      const moved: Record<string, Position> = {};
      for (const change of changes) {
        if (change.type === 'position' && change.position !== undefined) {
          moved[change.id] = { x: Math.round(change.position.x), y: Math.round(change.position.y) };
        }
      }
      api.getState().setPositions(moved);
    },
    [api],
  );
}
