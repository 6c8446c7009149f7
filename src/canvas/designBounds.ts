import type { Rect } from '@xyflow/react';
import type { CanvasNode } from './reactFlowTypes';
import { EXTERNAL_SIZE, WORKLOAD_SIZE } from './layoutGeometry';

/** A node's size: as the layout gives it, else as React Flow measured it, else its kind's. */
function sizeOf(node: CanvasNode): { width: number; height: number } {
  const size = node.type === 'workload' ? WORKLOAD_SIZE : EXTERNAL_SIZE;
  return {
    width: node.width ?? node.measured?.width ?? size.width,
    height: node.height ?? node.measured?.height ?? size.height,
  };
}

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
    const { width, height } = sizeOf(node);
    const { x, y } = node.position;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + width);
    bottom = Math.max(bottom, y + height);
  }
  if (left === Infinity) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Where each node lies, in flow coordinates (a card in a box at the box's place plus its own), at
 * its size: known from the nodes alone, so that a camera moved to some of them is aimed where
 * they land before React Flow holds them (cards mounted in parts, a box opening).
 */
export function nodeBoxesOf(nodes: readonly CanvasNode[]): ReadonlyMap<string, Rect> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Rect>();
  const boxOf = (node: CanvasNode, depth: number): Rect => {
    const known = boxes.get(node.id);
    if (known !== undefined) return known;
    const parent = node.parentId === undefined ? undefined : byId.get(node.parentId);
    // A parent chain deeper than the nodes (never drawn so) is cut where it loops.
    const at =
      parent === undefined || depth > nodes.length ? { x: 0, y: 0 } : boxOf(parent, depth + 1);
    const box = { x: at.x + node.position.x, y: at.y + node.position.y, ...sizeOf(node) };
    boxes.set(node.id, box);
    return box;
  };
  for (const node of nodes) boxOf(node, 0);
  return boxes;
}
