import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { GridWindow, Viewport } from './gridWindow';
import { gridWindowOf } from './gridWindow';

/** Before the scroll box is measured (and where it cannot be, as in jsdom). */
const UNMEASURED: Viewport = { top: 0, left: 0, width: 1600, height: 1200 };

/**
 * The rows and columns of a `rows` × `cols` matrix, drawn `scale` times its
 * sizes, that show through the scroll box at `ref`.
 */
export function useGridWindow(
  rows: number,
  cols: number,
  scale = 1,
): { ref: RefObject<HTMLDivElement | null>; visible: GridWindow } {
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<Viewport>(UNMEASURED);
  useLayoutEffect(() => {
    const box = ref.current;
    if (box === null) return;
    const measure = () => {
      setView({
        top: box.scrollTop,
        left: box.scrollLeft,
        width: box.clientWidth || UNMEASURED.width,
        height: box.clientHeight || UNMEASURED.height,
      });
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(box);
    return () => {
      box.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);
  const visible = useMemo(() => gridWindowOf(view, rows, cols, scale), [view, rows, cols, scale]);
  return { ref, visible };
}
