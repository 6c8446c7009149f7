// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './useAfterPaint';

/** Frame callbacks the test runs by hand: one call of `paint()` is one frame. */
let frames: FrameRequestCallback[] = [];
function paint(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

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

describe('a value shown after the next paint', () => {
  it('is the first value at once', () => {
    const { result } = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: 'a' } });
    expect(result.current).toBe('a');
  });

  it('keeps the old value until a frame is painted, then shows the new one', () => {
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), {
      initialProps: { v: 'a' },
    });
    rerender({ v: 'b' });
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe('a');
    act(() => {
      paint();
    });
    expect(result.current).toBe('a');
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe('b');
  });

  it('shows only the last of several changes made before the paint', () => {
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), {
      initialProps: { v: 'a' },
    });
    rerender({ v: 'b' });
    rerender({ v: 'c' });
    act(() => {
      paint();
      vi.runAllTimers();
    });
    expect(result.current).toBe('c');
  });
});
