/** The messages between the page and the routing worker. */
import type { EdgeRoute, RouteEdge, RouteNode } from './edgeRoutes';

export interface RouteRequest {
  /** Increases with every request; a reply to an older one is dropped. */
  readonly seq: number;
  readonly nodes: readonly RouteNode[];
  readonly edges: readonly RouteEdge[];
}

export interface RouteReply {
  readonly seq: number;
  readonly routes: readonly (readonly [string, EdgeRoute])[];
}
