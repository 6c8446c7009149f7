/**
 * The routes of the lines, held outside React so that each line subscribes
 * to its own route only: a new set of routes re-renders the lines whose
 * route changed, not all of them.
 */
import type { EdgeRoute } from './edgeRoutes';
import { sameRoute } from './routeChanges';

export interface RouteStore {
  readonly get: (id: string) => EdgeRoute | undefined;
  /** Takes new routes; a route equal to the one held keeps its identity. */
  readonly set: (routes: ReadonlyMap<string, EdgeRoute>) => void;
  /**
   * Routes drawn instead of those held, for some lines (a drag's: `followRoutes.ts`), until
   * `follow(null)`; `set` keeps them.
   */
  readonly follow: (routes: ReadonlyMap<string, EdgeRoute> | null) => void;
  /** Whether `follow` routes are drawn. */
  readonly following: () => boolean;
  /** Tells the subscribers that routes changed (after `set`, outside render). */
  readonly notify: () => void;
  readonly subscribe: (listener: () => void) => () => void;
  /** How many times the subscribers were told: changes with every `notify`. */
  readonly revision: () => number;
}

export function createRouteStore(): RouteStore {
  let routes = new Map<string, EdgeRoute>();
  let followed: ReadonlyMap<string, EdgeRoute> | null = null;
  const listeners = new Set<() => void>();
  let revision = 0;
  return {
    get: (id) => followed?.get(id) ?? routes.get(id),
    set: (next) => {
      const merged = new Map<string, EdgeRoute>();
      for (const [id, route] of next) {
        const held = routes.get(id);
        merged.set(id, held !== undefined && sameRoute(held, route) ? held : route);
      }
      routes = merged;
    },
    follow: (next) => {
      followed = next;
    },
    following: () => followed !== null,
    notify: () => {
      revision += 1;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    revision: () => revision,
  };
}
