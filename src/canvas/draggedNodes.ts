/**
 * The nodes as drawn during a drag: the dragged ones at their places now (`dragPlaces.ts`), and
 * each open namespace box that holds a dragged card sized to hold its cards where they are, as
 * the box of a card placed there is (`toFlowNodes`). Every other node is the same object, so
 * React Flow draws only what the drag changed.
 */
import type { Dragged } from './dragPlaces';
import { NAMESPACE_MIN, WORKLOAD_SIZE, namespaceFit, namespaceSize } from './layoutGeometry';
import type { Seat } from './layoutGeometry';
import type { CanvasNode } from './reactFlowTypes';

/** The seats of the cards in box `boxId`, the dragged ones where they are dragged. */
function seatsIn(nodes: readonly CanvasNode[], boxId: string, dragged: Dragged): Seat[] {
  const seats: Seat[] = [];
  for (const n of nodes) {
    if (n.parentId !== boxId) continue;
    const at = dragged.get(n.id) ?? n.position;
    const height = n.height ?? WORKLOAD_SIZE.height;
    seats.push(height === WORKLOAD_SIZE.height ? at : { ...at, height });
  }
  return seats;
}

export function withDragged(nodes: CanvasNode[], dragged: Dragged | null): CanvasNode[] {
  if (dragged === null || dragged.size === 0) return nodes;
  const boxes = new Set<string>();
  for (const n of nodes) {
    if (dragged.has(n.id) && n.parentId !== undefined) boxes.add(n.parentId);
  }
  return nodes.map((n) => {
    const at = dragged.get(n.id);
    const moved = at === undefined ? n : { ...n, position: at };
    if (!boxes.has(n.id) || n.type !== 'namespace' || n.data.collapsed !== undefined) return moved;
    const size = namespaceSize(
      seatsIn(nodes, n.id, dragged),
      namespaceFit(n.data.name, NAMESPACE_MIN, true),
    );
    if (size.width === n.width && size.height === n.height) return moved;
    return { ...moved, width: size.width, height: size.height, measured: size };
  });
}
