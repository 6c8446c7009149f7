/**
 * The lines of the nodes a drag moves, drawn straight between their ends while the drag lasts
 * (`floatingEnds`), without labels: the rest keep the routes they have, and the router routes
 * every line again once the drop has written the places (a worker's answer to each move would
 * come a frame or more behind the card, and routing a large design at each move held the page).
 */
import { floatingEnds, floatingLine } from '../edges/edgeGeometry';
import type { Rect } from '../edges/edgeGeometry';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';
import type { EdgeRoute } from './edgeRoutes';
import { PAIR_OFFSET } from './routeInput';

interface Placed {
  readonly rect: Rect;
  /** The node or a box holding it is dragged. */
  readonly moving: boolean;
}

/** Each node's box in flow coordinates (a card's place is relative to its box). */
function placesOf(nodes: readonly CanvasNode[], dragged: ReadonlySet<string>) {
  const placed = new Map<string, Placed>();
  for (const n of nodes) {
    const parent = n.parentId === undefined ? undefined : placed.get(n.parentId);
    const x = n.position.x + (parent?.rect.x ?? 0);
    const y = n.position.y + (parent?.rect.y ?? 0);
    const width = n.width ?? n.measured?.width ?? 0;
    const height = n.height ?? n.measured?.height ?? 0;
    placed.set(n.id, {
      rect: { x, y, width, height },
      moving: dragged.has(n.id) || parent?.moving === true,
    });
  }
  return placed;
}

/**
 * `nodes`: as drawn during the drag (`withDragged`; parents before their cards, as React Flow
 * takes them); `dragged`: the ids the drag moves. The straight routes of the lines with an end
 * among them or in a box among them, by line id.
 */
export function followingRoutes(
  nodes: readonly CanvasNode[],
  edges: readonly FlowEdge[],
  dragged: ReadonlySet<string>,
): Map<string, EdgeRoute> {
  const routes = new Map<string, EdgeRoute>();
  if (dragged.size === 0) return routes;
  const placed = placesOf(nodes, dragged);
  const moving = edges.filter(
    (e) => placed.get(e.source)?.moving === true || placed.get(e.target)?.moving === true,
  );
  // A two-way pair's two lines both move: each is drawn off their shared way, as routed.
  const pairs = new Set(moving.map((e) => `${e.source}>${e.target}`));
  for (const e of moving) {
    const s = placed.get(e.source)?.rect;
    const t = placed.get(e.target)?.rect;
    if (s === undefined || t === undefined) continue;
    const offset = e.source !== e.target && pairs.has(`${e.target}>${e.source}`) ? PAIR_OFFSET : 0;
    const ends = floatingEnds(s, t, offset);
    const line = floatingLine(s, t, offset);
    const middle = { x: line.labelX, y: line.labelY };
    routes.set(e.id, { path: line.path, points: ends ?? [middle], label: null, middle });
  }
  return routes;
}
