/** The messages between the page and the routing worker. */
import type { RouteEdge, RouteNode } from './edgeRoutes';
import type { RouteChanges } from './routeChanges';

export interface RouteRequest {
  /** Increases with every request; a reply to an older one is dropped. */
  readonly seq: number;
  readonly nodes: readonly RouteNode[];
  readonly edges: readonly RouteEdge[];
}

/**
 * A reply to the newest of the requests waiting (`newestRequest.ts`): the routes that changed since
 * the worker's last reply.
 */
export interface RouteReply extends RouteChanges {
  readonly seq: number;
}
