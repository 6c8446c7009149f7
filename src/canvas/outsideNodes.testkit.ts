/** Nodes of the canvas's top level for the tests of the group outside the cluster. */
import { EXTERNAL_SIZE, NAMESPACE_COLLAPSED } from './layoutGeometry';
import type { CanvasNode } from './reactFlowTypes';

/** A card of the top level (an IP block, an endpoint, Anywhere) at `x`, `y`. */
export function cardAt(id: string, x: number, y: number): CanvasNode {
  return { id, type: 'virtual', position: { x, y }, ...EXTERNAL_SIZE, data: {} } as never;
}

/** A collapsed namespace's box at `x`, `y`. */
export function boxAt(name: string, x: number, y: number): CanvasNode {
  return {
    id: `namespace:${name}`,
    type: 'namespace',
    position: { x, y },
    ...NAMESPACE_COLLAPSED,
    data: { name, labels: [] },
  } as never;
}
