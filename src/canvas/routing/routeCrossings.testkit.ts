/** For the router's tests: which lines cross which nodes, and a grid of cards to route across. */
import type { EdgeRoute, RouteEdge, RouteNode } from './edgeRoutes';
import { polylineCrosses } from './rectGeometry';

/** A workload's card, 236 by 112 pixels, its top left corner at x, y. */
export const card = (id: string, x: number, y: number): RouteNode => ({
  id,
  rect: { x, y, width: 236, height: 112 },
  card: true,
});

/** Each line that crosses a node other than its ends, as `line crosses node`. */
export function crossings(
  nodes: readonly RouteNode[],
  edges: readonly RouteEdge[],
  routes: ReadonlyMap<string, EdgeRoute>,
): string[] {
  return edges.flatMap((edge) => {
    const points = routes.get(edge.id)?.points ?? [];
    return nodes
      .filter((n) => n.id !== edge.source && n.id !== edge.target)
      .filter((n) => polylineCrosses(points, n.rect))
      .map((n) => `${edge.id} crosses ${n.id}`);
  });
}

/** Five rows of six cards (`n<row>-<col>`), `dx` and `dy` apart, every other column `stagger` lower. */
export function cardGrid(dx: number, dy: number, stagger: number): RouteNode[] {
  const nodes: RouteNode[] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 6; col++) {
      nodes.push(card(`n${String(row)}-${String(col)}`, col * dx, row * dy + (col % 2) * stagger));
    }
  }
  return nodes;
}
