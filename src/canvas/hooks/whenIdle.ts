/**
 * The longest stretch of work in one go (ms): an idle period can last 50 ms, and input that
 * arrives meanwhile waits for the work to yield (React's scheduler yields every 5 ms too).
 */
export const IDLE_SLICE_MS = 5;

/**
 * Runs `work` while the page is idle, a slice at a time, until it says it is done: `work` gets
 * `hasTime()` and returns true when finished (false: more in the next idle period). Where the
 * browser has no idle callbacks (Safari), a zero-delay timer gives it a slice. Returns what
 * cancels it.
 */
export function whenIdle(work: (hasTime: () => boolean) => boolean): () => void {
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
        step(() => deadline.timeRemaining());
      });
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
