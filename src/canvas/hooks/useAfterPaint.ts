import { useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';

/**
 * `value`, but a change shows only once the browser has painted a frame
 * since it happened: the canvas's part of a pick (the picked node's marks
 * and its paths, hundreds of lines on a large design) waits until the
 * Inspector's answer is on screen. React's `useDeferredValue` is not enough
 * for that: its render often runs before the browser paints, and what it
 * hands React Flow is committed in one uninterruptible task. `wait` says when the change
 * shows instead (`inNextTask`: in a task of its own, without waiting for a paint).
 */
export function useAfterPaint<T>(
  value: T,
  wait: (callback: () => void) => () => void = afterNextPaint,
): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    return wait(() => {
      setShown(() => value);
    });
  }, [value, shown, wait]);
  return shown;
}
