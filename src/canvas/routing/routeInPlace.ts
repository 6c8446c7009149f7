/**
 * Whether the lines are routed on the main thread, during render (so they
 * never draw without their route), or in the route worker. Routing tests each
 * line against the cards and boxes along it, so its cost grows with lines ×
 * nodes; the first run in a page is also the slowest (nothing is compiled
 * yet). A collapsed overview of 200 workloads (63 summary lines between 19
 * boxes and endpoints) took 34 ms of the page's longest task while a file
 * opened; a small design (a lesson, three tiers) costs well under a frame.
 * While a card of a larger design is dragged, its lines follow it straight in
 * the frame of each move (`followRoutes.ts`) and every line is routed again
 * after the drop: routed in place at each move, as they were up to 150 lines,
 * the 200-workload overview's dragged box cost about 100 ms of CPU per move
 * with the CPU 4× slower, most of it routing lines that had not moved.
 */

/** Lines × nodes up to which the lines are routed in place (a handful of milliseconds, cold). */
export const IN_PLACE_WORK = 400;

export function routesInPlace(lines: number, nodes: number): boolean {
  return lines * Math.max(nodes, 1) <= IN_PLACE_WORK;
}
