import { describe, expect, it, vi } from 'vitest';
import { manualFrames, paintFrame } from './manualFrames.testkit';
import { afterPaintNotPanning } from './partsAfterPan';

manualFrames();

/** React Flow's store as far as the wait reads it: the pane dragged or not. */
function paneStore(dragging: boolean) {
  let state = { paneDragging: dragging };
  const listeners = new Set<(s: typeof state) => void>();
  return {
    getState: () => state,
    subscribe: (listener: (s: typeof state) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    drag: (paneDragging: boolean) => {
      state = { paneDragging };
      for (const listener of [...listeners]) listener(state);
    },
    listening: () => listeners.size,
  };
}

/** One painted frame and the task after it. */
function paint() {
  paintFrame();
  vi.runAllTimers();
}

describe('a part of the cards to mount', () => {
  it('comes after a paint while the pane is not dragged', () => {
    const store = paneStore(false);
    const part = vi.fn();
    afterPaintNotPanning(store)(part);
    expect(part).not.toHaveBeenCalled();
    paint();
    expect(part).toHaveBeenCalledTimes(1);
  });

  it('waits while the user drags the pane, however many frames the pan paints', () => {
    const store = paneStore(false);
    const part = vi.fn();
    afterPaintNotPanning(store)(part);
    store.drag(true);
    for (let i = 0; i < 40; i++) paint();
    expect(part).not.toHaveBeenCalled();
    store.drag(false);
    expect(part).not.toHaveBeenCalled();
    paint();
    expect(part).toHaveBeenCalledTimes(1);
    expect(store.listening()).toBe(0);
  });

  it('learns the timing of the first paint, which measured the part before it', () => {
    const store = paneStore(true);
    const part = vi.fn();
    afterPaintNotPanning(store)(part);
    paint();
    const first = performance.now();
    store.drag(false);
    paint();
    const [[timing]] = part.mock.calls as [[{ frame: number; after: number }]];
    expect(timing.frame).toBeLessThanOrEqual(first);
  });

  it('is dropped, with its watch on the pane, when cancelled during a pan', () => {
    const store = paneStore(true);
    const part = vi.fn();
    const cancel = afterPaintNotPanning(store)(part);
    paint();
    expect(store.listening()).toBe(1);
    cancel();
    expect(store.listening()).toBe(0);
    store.drag(false);
    paint();
    expect(part).not.toHaveBeenCalled();
  });
});
