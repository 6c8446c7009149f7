import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { Box } from '../canvasGeometry';
import type { TakenBoxes } from '../paletteDrop';
import type { CanvasNode } from '../reactFlowTypes';

/**
 * Reads the boxes of the nodes as drawn now: workloads by namespace (relative), the rest, and the
 * frame of the group outside the cluster apart (a view around its cards, no card itself).
 */
export function useTakenBoxes(): () => TakenBoxes {
  const { getNodes } = useReactFlow<CanvasNode>();
  return useCallback(() => {
    const workloads = new Map<string, Box[]>();
    const top: Box[] = [];
    let outside: Box | undefined;
    for (const n of getNodes()) {
      const box = { ...n.position, width: n.width ?? 0, height: n.height ?? 0 };
      if (n.type === 'outside') {
        outside = box;
      } else if (n.type === 'workload' && n.parentId !== undefined) {
        const list = workloads.get(n.data.namespace) ?? [];
        list.push(box);
        workloads.set(n.data.namespace, list);
      } else if (n.parentId === undefined) {
        top.push(box);
      }
    }
    return outside === undefined ? { workloads, top } : { workloads, top, outside };
  }, [getNodes]);
}
