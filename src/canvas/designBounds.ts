import type { Rect } from '@xyflow/react';
import type { CanvasNode } from './reactFlowTypes';
import { EXTERNAL_SIZE, WORKLOAD_SIZE } from './layoutGeometry';

/**
 * Where the whole design lies, in flow coordinates: the top-level nodes (boxes
 * hold their cards), at their sizes (a node not measured yet at the size the
 * layout gives it); null for an empty canvas. Known from the nodes alone, so
 * the camera can frame a design before React Flow holds every card of it.
 */
export function designBounds(nodes: readonly CanvasNode[]): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    if (node.parentId !== undefined) continue;
    const size = node.type === 'workload' ? WORKLOAD_SIZE : EXTERNAL_SIZE;
    const { x, y } = node.position;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + (node.width ?? node.measured?.width ?? size.width));
    bottom = Math.max(bottom, y + (node.height ?? node.measured?.height ?? size.height));
  }
  if (left === Infinity) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
