import { useCallback, useSyncExternalStore } from 'react';
import { LINES_PER_FRAME } from '../edgeChunks';
import type { FlowEdge } from '../reactFlowTypes';
import type { RouteStore } from '../routing/routeStore';
import { useMountedInParts } from './useMountedInParts';

/**
 * The lines to hand React Flow (`edgeChunks.ts`): those already drawn, and
 * new ones once routed, a frame's worth at a time, the next after a paint.
 */
export function useLinesInChunks(edges: FlowEdge[], routes: RouteStore): FlowEdge[] {
  // A new revision of the routes may route lines that waited for theirs.
  const revision = useSyncExternalStore(routes.subscribe, routes.revision);
  const routed = useCallback((id: string) => routes.get(id) !== undefined, [routes]);
  return useMountedInParts(edges, LINES_PER_FRAME, routed, revision);
}
