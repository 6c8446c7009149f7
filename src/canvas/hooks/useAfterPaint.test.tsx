// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { manualFrames, paintFrame } from './manualFrames.testkit';
import { useAfterPaint } from './useAfterPaint';

manualFrames();
const paint = paintFrame;

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
