/**
 * Frames a test paints by hand: `requestAnimationFrame` callbacks wait until
 * `paintFrame()`, and `setTimeout` is faked, so a test says exactly when the
 * page paints and when its next task runs. Call `manualFrames()` at the top of
 * a test file; it installs and removes itself around every test.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/** Frame callbacks waiting for the next paint, by the id `requestAnimationFrame` gave them. */
let frames = new Map<number, FrameRequestCallback>();
let lastId = 0;

/** Runs the frame callbacks asked for so far: one call is one painted frame. */
export function paintFrame(): void {
  const due = frames;
  frames = new Map();
  for (const callback of due.values()) callback(performance.now());
}

export function manualFrames(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = new Map();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      lastId += 1;
      frames.set(lastId, callback);
      return lastId;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames.delete(id);
    });
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}
