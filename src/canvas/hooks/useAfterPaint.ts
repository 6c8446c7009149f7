import { useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';

/**
 * `value`, but a change shows only once the browser has painted a frame
 * since it happened: the canvas's part of a pick (the picked node's marks
 * and its paths, hundreds of lines on a large design) waits until the
 * Inspector's answer is on screen. React's `useDeferredValue` is not enough
 * for that: its render often runs before the browser paints, and what it
 * hands React Flow is committed in one uninterruptible task.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    return afterNextPaint(() => {
      setShown(() => value);
    });
  }, [value, shown]);
  return shown;
}
