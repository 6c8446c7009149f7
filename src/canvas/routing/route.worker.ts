/** Routes the lines of a large design off the main thread. */
import { edgeRoutes } from './edgeRoutes';
import type { EdgeRoute } from './edgeRoutes';
import { takeRouteChanges } from './routeChanges';
import type { RouteReply, RouteRequest } from './routeProtocol';

/** The routes as last sent: each reply sends what changed since. */
const sent = new Map<string, EdgeRoute>();

addEventListener('message', (event: MessageEvent<RouteRequest>) => {
  const { seq, nodes, edges } = event.data;
  const reply: RouteReply = { seq, ...takeRouteChanges(sent, edgeRoutes(nodes, edges)) };
  postMessage(reply);
});
