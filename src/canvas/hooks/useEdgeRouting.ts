import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CanvasNode, FlowEdge } from '../reactFlowTypes';
import { edgeRoutes } from '../routing/edgeRoutes';
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
 * in place for a small design or a card being dragged, in a worker for a large
 * one (`routeInPlace.ts`). `lit`: whether a focus lights a line, or null.
 */
export function useEdgeRouting(
  nodes: readonly CanvasNode[],
  edges: readonly FlowEdge[],
  labelScale = 1,
  headerHeight = 0,
  dragging = false,
  pickedLabelScale = labelScale,
  lit: LitLine | null = null,
): RouteStore {
  const [store] = useState(createRouteStore);
  const [worker] = useState(() =>
    workerRouter((routes) => {
      store.set(routes);
      store.notify();
    }),
  );
  useEffect(() => worker.stop, [worker]);
  const inPlace = routesInPlace(edges.length, nodes.length, dragging);
  // In place: worked out during render, so that lines never draw without their route.
  const input = useMemo(
    () =>
      inPlace ? routeInputOf(nodes, edges, labelScale, headerHeight, pickedLabelScale, lit) : null,
    [inPlace, nodes, edges, labelScale, headerHeight, pickedLabelScale, lit],
  );
  const key = useRef('');
  if (input !== null && input.key !== key.current) store.set(edgeRoutes(input.nodes, input.edges));
  useLayoutEffect(() => {
    if (input === null || input.key === key.current) return;
    key.current = input.key;
    worker.drop();
    store.notify();
  }, [input, store, worker]);
  // For the worker, in a task of its own: the task in which a large design's positions land
  // (Expand all) has the page's whole redraw to do; what the router needs waits for the next.
  useEffect(() => {
    if (inPlace) return;
    const later = setTimeout(() => {
      const next = routeInputOf(nodes, edges, labelScale, headerHeight, pickedLabelScale, lit);
      if (next.key === key.current) return;
      key.current = next.key;
      worker.route(next.nodes, next.edges);
    }, 0);
    return () => {
      clearTimeout(later);
    };
  }, [inPlace, nodes, edges, labelScale, headerHeight, pickedLabelScale, lit, worker]);
  return store;
}
