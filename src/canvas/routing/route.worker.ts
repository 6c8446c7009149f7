/** Routes a large design's lines off the main thread, the newest request (`newestRequest.ts`). */
import { edgeRoutes } from './edgeRoutes';
import type { EdgeRoute } from './edgeRoutes';
import { newestOnly } from './newestRequest';
import { takeRouteChanges } from './routeChanges';
import { packRouteChanges } from './routePacking';
import type { RouteReply, RouteRequest } from './routeProtocol';

/** The routes as last sent: each reply sends what changed since. */
const sent = new Map<string, EdgeRoute>();

const route = newestOnly(({ seq, nodes, edges }: RouteRequest) => {
  const reply: RouteReply = {
    seq,
    ...packRouteChanges(takeRouteChanges(sent, edgeRoutes(nodes, edges))),
  };
  postMessage(reply, { transfer: [reply.numbers.buffer] });
});

addEventListener('message', (event: MessageEvent<RouteRequest>) => {
  route(event.data);
});
