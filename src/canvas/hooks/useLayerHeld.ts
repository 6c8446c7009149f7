import { useLayoutEffect, useRef } from 'react';
import { layerHeldOf, takingInParts } from '../layerHeld';
import type { FlowEdge } from '../reactFlowTypes';
import type { RouteStore } from '../routing/routeStore';

/**
 * The lines the line layer leaves to React Flow (`layerHeld.ts`): `held`, what React Flow holds,
 * or while it takes the lines of `toHold` in parts, those the layer left it when it last drew.
 */
export function useLayerHeld(
  held: FlowEdge[],
  toHold: readonly FlowEdge[],
  routes: RouteStore,
): FlowEdge[] {
  const drawnWith = useRef<FlowEdge[] | null>(null);
  const mounting = takingInParts(toHold, held, (id) => routes.get(id) !== undefined);
  const kept = layerHeldOf(drawnWith.current, held, mounting);
  useLayoutEffect(() => {
    drawnWith.current = kept;
  }, [kept]);
  return kept;
}
