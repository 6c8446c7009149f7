/**
 * What the benchmark installs in the page before the app starts
 * (`addInitScript`): a record of long tasks (PerformanceObserver 'longtask',
 * over 50 ms each) and of frame gaps over 50 ms (a requestAnimationFrame
 * loop), the time the last file was chosen and the last pointer went down,
 * and `until(probe)`: the time of the first frame in which a probe holds (`arm(probe)` starts
 * watching before an action, `armed` is its answer).
 * Written as plain browser JavaScript: it runs in the page, not in Node.
 */
export const PAGE_PROBES = `(() => {
  // tsx (esbuild, keepNames) wraps named functions of page.evaluate callbacks in __name().
  globalThis.__name = (f) => f;
  const bench = { longTasks: [], gaps: [], marks: {} };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { bench.noLongTasks = true; }
  let last = performance.now();
  const loop = (t) => {
    if (t - last > 50) bench.gaps.push({ start: last, duration: t - last });
    last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'file') bench.marks.fileChosen = performance.now();
  }, true);
  document.addEventListener('pointerdown', () => { bench.marks.pointerDown = performance.now(); }, true);
  document.addEventListener('keydown', () => { bench.marks.keyDown = performance.now(); }, true);
  /**
   * A probe: a CSS selector that must match, optionally with some text in it;
   * with derivedFresh, the store's derived results must be those of its document.
   */
  const holds = (probe) => {
    if (probe.derivedFresh) {
      const st = window.__editor && window.__editor.getState();
      if (!st) return false;
      if (st.derived && (!st.derived.lines || st.derived.lines.doc !== st.doc)) return false;
    }
    if (!probe.selector) return true;
    const all = document.querySelectorAll(probe.selector);
    if (probe.text === undefined) return all.length > 0;
    for (const e of all) if ((e.textContent || '').includes(probe.text)) return true;
    return false;
  };
  // The first frame in which the probe holds: its time, and the clock when its callbacks run
  // (the frame's own time may come before the task that changed the page, when that task held
  // the thread at the frame's start).
  const firstFrame = (probe, timeoutMs) => new Promise((resolve) => {
    const end = performance.now() + timeoutMs;
    const tick = (t) => {
      if (holds(probe)) resolve({ t, now: performance.now() });
      else if (performance.now() > end) resolve(null);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  bench.until = (probe, timeoutMs) => firstFrame(probe, timeoutMs).then((f) => (f === null ? null : f.t));
  // A probe watched from before the user's action, so that work queued after its first frame
  // (a pick's paths after the Inspector) does not delay the frame that reads it.
  bench.arm = (probe, timeoutMs) => {
    bench.armed = firstFrame(probe, timeoutMs).then((f) => (f === null ? null : f.now));
  };
  bench.worst = (list, from, to) => list
    .filter((e) => e.start + e.duration >= from && e.start <= to)
    .reduce((m, e) => Math.max(m, e.duration), 0);
})();`;

export interface WindowFigures {
  /** Longest long task (ms) in the window; 0 when none passed 50 ms. */
  readonly longestTask: number;
  /** Longest gap between two frames (ms) over 50 ms; 0 when none. */
  readonly longestGap: number;
}

/** Selectors the figures read (the canvas's own test ids). */
export const NODE_SELECTOR = '[data-testid^="node.workload."], [data-testid^="node.namespace."]';
export const WORKLOAD_SELECTOR = '[data-testid^="node.workload."]';
export const NAMESPACE_SELECTOR = '[data-testid^="node.namespace."]';
