/**
 * The route worker answers the newest request only. Routing every line of a large design takes
 * seconds on a busy machine (the expanded dump: 10,000 lines), and each change of the lines or
 * the cards asks again (Expand all's layout, a pick's paths): the worker routed every request
 * in turn, each a reply the page then dropped, and the newest lines (F's lit lines wait for
 * their routes) came a request's routing late per request queued before them
 * (`docs/performance-log.md`). Now a request is taken in a task after the messages already
 * waiting, and only the newest of them is routed.
 */

/** Runs a task after those already waiting (a timer of 0 ms in the worker). */
export type Later = (run: () => void) => void;

const nextTask: Later = (run) => {
  setTimeout(run, 0);
};

/**
 * A message listener that hands `work` the newest of the messages that arrived before its next
 * task, once: those that came while it worked on an earlier one wait in the worker's queue, are
 * each taken in turn before that task, and all but the last are never worked on.
 */
export function newestOnly<T>(work: (message: T) => void, later: Later = nextTask) {
  let newest: { readonly message: T } | null = null;
  return (message: T): void => {
    const waiting = newest !== null;
    newest = { message };
    if (waiting) return;
    later(() => {
      const taken = newest;
      newest = null;
      if (taken !== null) work(taken.message);
    });
  };
}
