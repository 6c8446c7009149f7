import { useCallback, useContext, useSyncExternalStore } from 'react';
import type { EdgeRoute } from '../routing/edgeRoutes';
import { RouteContext } from '../routing/RouteContext';

const none = () => () => undefined;

/** The route of one line; re-renders only when that route changes. */
export function useEdgeRoute(id: string): EdgeRoute | undefined {
  const store = useContext(RouteContext);
  const get = useCallback(() => store?.get(id), [store, id]);
  return useSyncExternalStore(store?.subscribe ?? none, get);
}
