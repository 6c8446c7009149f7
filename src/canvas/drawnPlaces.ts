/**
 * Where the canvas draws the document's namespace boxes, workload cards and endpoints: each
 * node's stored position, or the place the canvas gives a node without one (`toFlowNodes`), the
 * same way each time. A design saved with them opens as it was drawn, not laid out again.
 */
import type { Doc } from '../model';
import type { Position, Positions } from '../store';
import { toFlowNodes } from './toFlowNodes';

/** The places of `doc`'s nodes as drawn; a collapsed namespace's workloads are not drawn. */
export function drawnPlaces(
  doc: Doc,
  positions: Positions,
  collapsed: readonly string[],
): Positions {
  const nodes = toFlowNodes({
    doc,
    positions,
    isolation: new Map(),
    highlighted: new Set(),
    selectedId: null,
    collapsed: new Set(collapsed),
  });
  const places: Record<string, Position> = {};
  for (const node of nodes) {
    if (node.type === 'namespace' || node.type === 'workload' || node.type === 'external') {
      places[node.id] = { x: node.position.x, y: node.position.y };
    }
  }
  return places;
}
