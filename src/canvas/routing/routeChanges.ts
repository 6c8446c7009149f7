/**
 * The routes the worker sends: only those that changed since its last reply,
 * and the ids of lines it no longer routes. A pick or an edit on a large
 * design moves a few routes of thousands; sending (and copying in) every one
 * of them each time was about 20 ms of the page's main thread per reply on
 * the expanded 1,000-workload design (2,936 lines).
 */
import type { EdgeRoute, LanePaths } from './edgeRoutes';

export interface RouteChanges {
  readonly changed: readonly (readonly [string, EdgeRoute])[];
  readonly removed: readonly string[];
}

/** Whether two routes draw the same: the same path, label spot (and layer), middle and lanes. */
export function sameRoute(a: EdgeRoute, b: EdgeRoute): boolean {
  return (
    a.path === b.path &&
    a.label?.x === b.label?.x &&
    a.label?.y === b.label?.y &&
    a.leader?.x === b.leader?.x &&
    a.leader?.y === b.leader?.y &&
    a.middle.x === b.middle.x &&
    a.middle.y === b.middle.y &&
    a.short === b.short &&
    a.stacked === b.stacked &&
    a.over === b.over &&
    a.fan === b.fan &&
    sameLanes(a.lanes, b.lanes)
  );
}

function sameLanes(a: LanePaths | undefined, b: LanePaths | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.alone === b.alone &&
    a.laned.length === b.laned.length &&
    a.laned.every((l, i) => {
      const other = b.laned[i];
      return other !== undefined && l.path === other.path && l.room === other.room;
    })
  );
}

/** What changed from `sent` (the routes last sent) to `routes`; `sent` becomes `routes`. */
export function takeRouteChanges(
  sent: Map<string, EdgeRoute>,
  routes: ReadonlyMap<string, EdgeRoute>,
): RouteChanges {
  const changed: (readonly [string, EdgeRoute])[] = [];
  for (const [id, route] of routes) {
    const held = sent.get(id);
    if (held === undefined || !sameRoute(held, route)) changed.push([id, route]);
  }
  const removed = [...sent.keys()].filter((id) => !routes.has(id));
  sent.clear();
  for (const [id, route] of routes) sent.set(id, route);
  return { changed, removed };
}

/** `known` (the routes as last sent) with `changes` applied. */
export function applyRouteChanges(known: Map<string, EdgeRoute>, changes: RouteChanges): void {
  for (const id of changes.removed) known.delete(id);
  for (const [id, route] of changes.changed) known.set(id, route);
}
