/**
 * Runs `callback` once the browser has laid `element` out, before that frame
 * is painted: a ResizeObserver reports every element it starts observing at
 * the next layout, with its size then. An observer made before this one (React
 * Flow's own, on its canvas) has reported by then, so the canvas's size in
 * React Flow's store is the one on screen. Returns what cancels it.
 */
export function afterLaidOut(element: Element, callback: () => void): () => void {
  const observer = new ResizeObserver(() => {
    observer.disconnect();
    callback();
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
  };
}
