import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { linesToMount } from '../edgeChunks';
import { afterNextPaint } from './afterNextPaint';
import type { FlowEdge } from '../reactFlowTypes';
import type { RouteStore } from '../routing/routeStore';

/**
 * The lines to hand React Flow (`edgeChunks.ts`): those already drawn, and
 * new ones once routed, a frame's worth at a time, the next after a paint.
 */
export function useLinesInChunks(edges: FlowEdge[], routes: RouteStore): FlowEdge[] {
  const revision = useSyncExternalStore(routes.subscribe, routes.revision);
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set());
  const { mount, waiting } = useMemo(
    () => linesToMount(edges, drawn, (id) => routes.get(id) !== undefined),
    // A new revision of the routes may route lines that waited for theirs.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the routes are read through `routes`
    [edges, drawn, routes, revision],
  );
  useEffect(() => {
    const ids = new Set(mount.map((e) => e.id));
    if (ids.size === drawn.size && mount.every((e) => drawn.has(e.id))) return;
    if (waiting === 0) {
      setDrawn(ids);
      return;
    }
    return afterNextPaint(() => {
      setDrawn(ids);
    });
  }, [mount, waiting, drawn]);
  return mount;
}
