/** Routes the lines of a large design off the main thread. */
import { edgeRoutes } from './edgeRoutes';
import type { RouteReply, RouteRequest } from './routeProtocol';

addEventListener('message', (event: MessageEvent<RouteRequest>) => {
  const { seq, nodes, edges } = event.data;
  const reply: RouteReply = { seq, routes: [...edgeRoutes(nodes, edges)] };
  postMessage(reply);
});
