import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Dragged } from '../dragPlaces';
import { withDragged } from '../draggedNodes';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';
import { edgeRoutes } from '../routing/edgeRoutes';
import { followingRoutes } from '../routing/followRoutes';
import { workerRouter } from '../routing/routeInWorker';
import { routeInputOf } from '../routing/routeInput';
import type { LitLine } from '../routing/labelOrder';
import { createRouteStore } from '../routing/routeStore';
import type { RouteStore } from '../routing/routeStore';
import { routesInPlace } from '../routing/routeInPlace';

/**
 * Routes the lines around the cards whenever what they depend on changes
 * (where the nodes are, which lines there are, their labels and how large
 * they are drawn; the picked line's label is drawn larger when zoomed out),
 * or which labels take their place first (`labelOrder.ts`: a pick's, a focus's):
 * in place for a small design, in a worker for a larger one (`routeInPlace.ts`).
 * `lit`: whether a focus lights a line, or null. `dragged`: where a drag draws the nodes it
 * moves (`dragPlaces.ts`), or null. Routed in place, every line is routed with them there at
 * each move; else only their lines follow them, straight (`followRoutes.ts`), until the
 * worker's routes of the places dropped arrive.
 */
export function useEdgeRouting(
  nodes: readonly CanvasNode[],
  edges: readonly FlowEdge[],
  labelScale = 1,
  headerHeight = 0,
  dragging = false,
  pickedLabelScale = labelScale,
  lit: LitLine | null = null,
  dragged: Dragged | null = null,
): RouteStore {
  const [store] = useState(createRouteStore);
  // Whether a drag is on (its straight lines stay), and whether the lines were sent to the
  // worker since it ended (its answer then replaces them).
  const drag = useRef({ on: false, sent: false });
  drag.current.on = dragging || dragged !== null;
  const [worker] = useState(() =>
    workerRouter((routes) => {
      store.set(routes);
      if (!drag.current.on && drag.current.sent) store.follow(null);
      store.notify();
    }),
  );
  useEffect(() => worker.stop, [worker]);
  const inPlace = routesInPlace(edges.length, nodes.length);
  const routed = useMemo(
    () => (inPlace ? withDragged(nodes as CanvasNode[], dragged) : nodes),
    [inPlace, nodes, dragged],
  );
  // In place: worked out during render, so that lines never draw without their route.
  const input = useMemo(
    () =>
      inPlace ? routeInputOf(routed, edges, labelScale, headerHeight, pickedLabelScale, lit) : null,
    [inPlace, routed, edges, labelScale, headerHeight, pickedLabelScale, lit],
  );
  const key = useRef('');
  if (input !== null && input.key !== key.current) {
    store.set(edgeRoutes(input.nodes, input.edges));
    store.follow(null);
  }
  useLayoutEffect(() => {
    if (input === null || input.key === key.current) return;
    key.current = input.key;
    worker.drop();
    store.notify();
  }, [input, store, worker]);
  // Routed in the worker: the dragged nodes' lines follow them straight, in the frame of each move.
  const follow = useMemo(
    () =>
      inPlace || dragged === null
        ? null
        : followingRoutes(
            withDragged(nodes as CanvasNode[], dragged),
            edges,
            new Set(dragged.keys()),
          ),
    [inPlace, nodes, edges, dragged],
  );
  useLayoutEffect(() => {
    if (follow === null) return;
    drag.current.sent = false;
    store.follow(follow);
    store.notify();
  }, [follow, store]);
  // For the worker, in a task of its own: the task in which a large design's positions land
  // (Expand all) has the page's whole redraw to do; what the router needs waits for the next.
  // Nothing is routed while a drag is on: its lines follow it straight until the drop.
  useEffect(() => {
    if (inPlace || dragging) return;
    const later = setTimeout(() => {
      const next = routeInputOf(nodes, edges, labelScale, headerHeight, pickedLabelScale, lit);
      if (next.key === key.current) {
        // Dropped where it began: the routes held are the lines'.
        if (store.following()) {
          store.follow(null);
          store.notify();
        }
        return;
      }
      key.current = next.key;
      drag.current.sent = true;
      worker.route(next.nodes, next.edges);
    }, 0);
    return () => {
      clearTimeout(later);
    };
  }, [
    inPlace,
    dragging,
    nodes,
    edges,
    labelScale,
    headerHeight,
    pickedLabelScale,
    lit,
    worker,
    store,
  ]);
  return store;
}
