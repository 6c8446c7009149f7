/** When the frame before a task queued by `afterNextPaint` began, and when that task ran (ms). */
export interface PaintTiming {
  /** The frame callback: the page's tasks before it are done, the frame's work starts. */
  readonly frame: number;
  /** The task after the frame: its style, layout, measuring and paint are done. */
  readonly after: number;
}

/**
 * Runs `callback` once the browser has painted a frame: a frame callback
 * runs just before that frame is painted, and a task queued there runs after
 * it. `callback` learns when each ran (`PaintTiming`). Returns what cancels it.
 */
export function afterNextPaint(callback: (timing: PaintTiming) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    const at = performance.now();
    timer = setTimeout(() => {
      callback({ frame: at, after: performance.now() });
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
