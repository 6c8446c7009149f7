import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';
import { edgeRoutes } from '../routing/edgeRoutes';
import { workerRouter } from '../routing/routeInWorker';
import { routeInputOf } from '../routing/routeInput';
import { createRouteStore } from '../routing/routeStore';
import type { RouteStore } from '../routing/routeStore';
import { routesInPlace } from '../routing/routeInPlace';

/**
 * Routes the lines around the cards whenever what they depend on changes
 * (where the nodes are, which lines there are, their labels and how large
 * they are drawn), not on a
 * selection: in place for a small design or a card being dragged, in a
 * worker for a large one (`routeInPlace.ts`).
 */
export function useEdgeRouting(
  nodes: readonly CanvasNode[],
  edges: readonly FlowEdge[],
  labelScale = 1,
  headerHeight = 0,
  dragging = false,
): RouteStore {
  const [store] = useState(createRouteStore);
  const [worker] = useState(() =>
    workerRouter((routes) => {
      store.set(routes);
      store.notify();
    }),
  );
  useEffect(() => worker.stop, [worker]);
  const input = useMemo(
    () => routeInputOf(nodes, edges, labelScale, headerHeight),
    [nodes, edges, labelScale, headerHeight],
  );
  const key = useRef('');
  const inPlace = routesInPlace(input.edges.length, input.nodes.length, dragging);
  // Routing in place happens during render, so that lines never draw without their route.
  if (inPlace && input.key !== key.current) store.set(edgeRoutes(input.nodes, input.edges));
  useLayoutEffect(() => {
    if (input.key === key.current) return;
    key.current = input.key;
    if (inPlace) {
      worker.drop();
      store.notify();
    } else worker.route(input.nodes, input.edges);
  }, [input, inPlace, store, worker]);
  return store;
}
