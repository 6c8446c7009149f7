/**
 * Where the canvas draws the document's namespace boxes, workload cards and endpoints: each
 * node's stored position, or the place the canvas gives a node without one (`toFlowNodes`), the
 * same way each time. A design saved with them opens as it was drawn, not laid out again.
 */
import type { FlowEnd } from '../engine';
import type { Doc } from '../model';
import type { DrawnBox, EditorState, Position, Positions } from '../store';
import { selectViewDoc, selectVirtualEnds } from '../store';
import { NAMESPACE_COLLAPSED, namespaceFit } from './layoutGeometry';
import { toFlowNodes } from './toFlowNodes';

/**
 * The boxes of `doc`'s nodes as drawn, and of the ends of broad rules `virtualEnds` (none by
 * default); a collapsed namespace's workloads are not drawn, its box is drawn small.
 */
function boxesOf(
  doc: Doc,
  positions: Positions,
  collapsed: readonly string[],
  virtualEnds: readonly FlowEnd[] = [],
): Record<string, DrawnBox> {
  const closed = new Set(collapsed);
  const nodes = toFlowNodes({
    doc,
    positions,
    isolation: new Map(),
    highlighted: new Set(),
    selectedId: null,
    collapsed: closed,
    virtualEnds,
  });
  const boxes: Record<string, DrawnBox> = {};
  for (const node of nodes) {
    if (node.type === 'outside') continue;
    const small =
      node.type === 'namespace' && closed.has(node.data.name)
        ? namespaceFit(node.data.name, NAMESPACE_COLLAPSED, false)
        : null;
    boxes[node.id] = {
      x: node.position.x,
      y: node.position.y,
      width: small?.width ?? node.width ?? 0,
      height: small?.height ?? node.height ?? 0,
      ...(node.parentId === undefined ? {} : { parent: node.parentId }),
    };
  }
  return boxes;
}

/** The places of `doc`'s nodes as drawn; a collapsed namespace's workloads are not drawn. */
export function drawnPlaces(
  doc: Doc,
  positions: Positions,
  collapsed: readonly string[],
): Positions {
  const places: Record<string, Position> = {};
  for (const [id, { x, y }] of Object.entries(boxesOf(doc, positions, collapsed))) {
    places[id] = { x, y };
  }
  return places;
}

/** The boxes of every node of the design on show as the canvas draws them (`placesDrawn`). */
export function boxesDrawnOf(state: EditorState): Readonly<Record<string, DrawnBox>> {
  const ends = selectVirtualEnds(state);
  return boxesOf(selectViewDoc(state), state.positions, state.collapsed, ends);
}
