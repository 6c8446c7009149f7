/**
 * Which of the route worker's replies the page shows. Each reply is the routes of one request,
 * and the page shows the routes of an earlier one until it comes: on the expanded dump, routing
 * 12,000 lines took the worker 39 s on a busy machine, and a pick asked again meanwhile (its
 * paths are lines to route), so that showing only the newest request's reply left the canvas
 * without a line (and F's lit lines waiting) for a second routing. A reply newer than the one
 * shown is closer to the design than what is on screen, and is shown; one to a request made
 * before the lines were routed in place since (`drop`) never is.
 */
export interface RouteReplies {
  /** Whether the reply to request `seq` is shown (and is then the last shown). */
  readonly takes: (seq: number) => boolean;
  /** Replies to requests up to `seq` are never shown: the lines were routed in place since. */
  readonly drop: (seq: number) => void;
}

export function routeReplies(): RouteReplies {
  let shown = 0;
  let dropped = 0;
  return {
    takes: (seq) => {
      if (seq <= dropped || seq <= shown) return false;
      shown = seq;
      return true;
    },
    drop: (seq) => {
      dropped = Math.max(dropped, seq);
    },
  };
}
