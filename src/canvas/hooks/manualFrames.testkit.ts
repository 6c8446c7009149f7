/**
 * Frames a test paints by hand: `requestAnimationFrame` callbacks wait until
 * `paintFrame()`, and `setTimeout` is faked, so a test says exactly when the
 * page paints and when its next task runs. Call `manualFrames()` at the top of
 * a test file; it installs and removes itself around every test.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

let frames: FrameRequestCallback[] = [];

/** Runs the frame callbacks asked for so far: one call is one painted frame. */
export function paintFrame(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

export function manualFrames(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => undefined;
    });
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}
