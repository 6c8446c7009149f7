/**
 * Whether the lines are routed on the main thread, during render (so they
 * never draw without their route), or in the route worker. Routing tests each
 * line against the cards and boxes along it, so its cost grows with lines ×
 * nodes; the first run in a page is also the slowest (nothing is compiled
 * yet). A collapsed overview of 200 workloads (63 summary lines between 19
 * boxes and endpoints) took 34 ms of the page's longest task while a file
 * opened; a small design (a lesson, three tiers) costs well under a frame.
 * While a card is dragged its lines must follow it in the same frame, so up
 * to `DRAG_IN_PLACE_LINES` lines are routed in place at every move whatever
 * the number of nodes (a worker's answer arrives a frame or more later: the
 * lines of a 20-workload design were left behind in most frames of a drag).
 */

/** Lines × nodes up to which the lines are routed in place (a handful of milliseconds, cold). */
export const IN_PLACE_WORK = 400;

/** Lines routed in place at every move of a drag (a few milliseconds once warm). */
export const DRAG_IN_PLACE_LINES = 150;

export function routesInPlace(lines: number, nodes: number, dragging = false): boolean {
  if (dragging && lines <= DRAG_IN_PLACE_LINES) return true;
  return lines * Math.max(nodes, 1) <= IN_PLACE_WORK;
}
