/**
 * `edgeRoutes` in a Web Worker kept for the page's life, which routes the newest request waiting
 * (`newestRequest.ts`); a reply newer than the routes shown is shown, one to a request made
 * before the lines were routed in place is dropped (`routeReplies.ts`). Where there is no Worker
 * (unit tests), or the worker fails, it routes in place.
 */
import { edgeRoutes } from './edgeRoutes';
import type { EdgeRoute, RouteEdge, RouteNode } from './edgeRoutes';
import { applyRouteChanges } from './routeChanges';
import { routeReplies } from './routeReplies';
import { unpackRouteChanges } from './routePacking';
import type { RouteReply, RouteRequest } from './routeProtocol';

export type RouteCallback = (routes: ReadonlyMap<string, EdgeRoute>) => void;

export interface WorkerRouter {
  readonly route: (nodes: readonly RouteNode[], edges: readonly RouteEdge[]) => void;
  /** Drops the answer still to come (the lines were routed in place since). */
  readonly drop: () => void;
  readonly stop: () => void;
}

export function workerRouter(onRoutes: RouteCallback): WorkerRouter {
  let seq = 0;
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let last: RouteRequest | null = null;
  const replies = routeReplies();
  /** The routes as the worker last sent them: its replies say what changed since. */
  const known = new Map<string, EdgeRoute>();
  const start = (): Worker => {
    known.clear();
    const w = new Worker(new URL('./route.worker.ts', import.meta.url), {
      type: 'module',
      name: 'netpol-canvas routes',
    });
    w.addEventListener('message', (event: MessageEvent<RouteReply>) => {
      // Every reply keeps `known` in step with the worker, a dropped one too.
      applyRouteChanges(known, unpackRouteChanges(event.data));
      if (replies.takes(event.data.seq)) onRoutes(new Map(known));
    });
    w.addEventListener('error', () => {
      broken = true;
      w.terminate();
      worker = null;
      if (last !== null) onRoutes(edgeRoutes(last.nodes, last.edges));
    });
    return w;
  };
  return {
    route: (nodes, edges) => {
      seq += 1;
      if (broken) {
        onRoutes(edgeRoutes(nodes, edges));
        return;
      }
      worker ??= start();
      last = { seq, nodes, edges };
      worker.postMessage(last);
    },
    drop: () => {
      seq += 1;
      replies.drop(seq);
      last = null;
    },
    stop: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
