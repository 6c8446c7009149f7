/**
 * The longest stretch of work in one go (ms): an idle period can last 50 ms, and input that
 * arrives meanwhile waits for the work to yield (React's scheduler yields every 5 ms too).
 */
export const IDLE_SLICE_MS = 5;

/**
 * Runs `work` while the page is idle, a slice at a time, until it says it is done: `work` gets
 * `hasTime()` and returns true when finished (false: more in the next idle period). Where the
 * browser has no idle callbacks (Safari), a zero-delay timer gives it a slice. With `timeout`
 * (ms), a slice that waited that long for an idle period runs anyway, as a task of its own (a
 * long pan or zoom leaves the page no idle moment); otherwise it waits as long as it takes.
 * Returns what cancels it.
 */
export function whenIdle(
  work: (hasTime: () => boolean) => boolean,
  options: { readonly timeout?: number } = {},
): () => void {
  let cancelled = false;
  let cancelNext: () => void = () => undefined;
  const step = (idleLeft: () => number) => {
    if (cancelled) return;
    const end = performance.now() + IDLE_SLICE_MS;
    if (work(() => idleLeft() > 1 && performance.now() < end)) return;
    next();
  };
  const next = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback((deadline) => {
        // A slice that waited its timeout has no idle time left: it gets the short slice.
        step(deadline.didTimeout ? () => Number.POSITIVE_INFINITY : () => deadline.timeRemaining());
      }, options);
      cancelNext = () => {
        cancelIdleCallback(id);
      };
      return;
    }
    const timer = setTimeout(() => {
      step(() => Number.POSITIVE_INFINITY);
    }, 0);
    cancelNext = () => {
      clearTimeout(timer);
    };
  };
  next();
  return () => {
    cancelled = true;
    cancelNext();
  };
}
