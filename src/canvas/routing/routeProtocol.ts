/** The messages between the page and the routing worker. */
import type { RouteEdge, RouteNode } from './edgeRoutes';
import type { PackedRoutes } from './routePacking';

export interface RouteRequest {
  /** Increases with every request; a reply to an older one is dropped. */
  readonly seq: number;
  readonly nodes: readonly RouteNode[];
  readonly edges: readonly RouteEdge[];
}

/**
 * A reply to the newest of the requests waiting (`newestRequest.ts`): the routes that changed since
 * the worker's last reply, packed (`routePacking.ts`: its numbers are transferred, not copied).
 */
export interface RouteReply extends PackedRoutes {
  readonly seq: number;
}
