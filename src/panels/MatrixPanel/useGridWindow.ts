import { startTransition, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { GridWindow, Viewport } from './gridWindow';
import { gridWindowOf } from './gridWindow';

/** Before the scroll box is measured (and where it cannot be, as in jsdom). */
const UNMEASURED: Viewport = { top: 0, left: 0, width: 1600, height: 1200 };

function sameWindow(a: GridWindow, b: GridWindow): boolean {
  return (
    a.rowStart === b.rowStart &&
    a.rowEnd === b.rowEnd &&
    a.colStart === b.colStart &&
    a.colEnd === b.colEnd
  );
}

export interface GridScroll {
  readonly ref: RefObject<HTMLDivElement | null>;
  readonly visible: GridWindow;
  /** The scroll box's offsets and size as last seen (no layout asked of the browser). */
  readonly screen: () => Viewport;
  /** Scrolls to these offsets and draws what they show at once (a cell the focus moves to). */
  readonly scrollTo: (top: number, left: number) => void;
}

/**
 * The rows and columns of a `rows` × `cols` matrix, drawn `scale` times its
 * sizes, that show through the scroll box at `ref`.
 */
export function useGridWindow(rows: number, cols: number, scale = 1): GridScroll {
  const ref = useRef<HTMLDivElement>(null);
  // The last viewport seen: sizes from the resize observer, offsets from the scroll events, so
  // that nothing here asks the browser for a layout it has not done yet (on a 1,000-workload
  // matrix a forced layout held the thread for hundreds of milliseconds).
  const seen = useRef<Viewport>(UNMEASURED);
  const [visible, setVisible] = useState<GridWindow>(() =>
    gridWindowOf(seen.current, rows, cols, scale),
  );
  useLayoutEffect(() => {
    const box = ref.current;
    if (box === null) return;
    // A new window only when another row or column comes into view, not on every scrolled
    // pixel; drawn as a transition, which React renders in slices a scroll never waits for.
    const show = (urgent: boolean) => {
      const next = gridWindowOf(seen.current, rows, cols, scale);
      const set = () => {
        setVisible((was) => (sameWindow(was, next) ? was : next));
      };
      if (urgent) set();
      else startTransition(set);
    };
    const onScroll = () => {
      seen.current = { ...seen.current, top: box.scrollTop, left: box.scrollLeft };
      show(false);
    };
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(([entry]) => {
            const { width, height } = entry?.contentRect ?? UNMEASURED;
            seen.current = {
              top: box.scrollTop,
              left: box.scrollLeft,
              width: width || UNMEASURED.width,
              height: height || UNMEASURED.height,
            };
            show(true);
          });
    show(true);
    box.addEventListener('scroll', onScroll, { passive: true });
    observer?.observe(box);
    return () => {
      box.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [rows, cols, scale]);
  const screen = useCallback(() => seen.current, []);
  const scrollTo = useCallback(
    (top: number, left: number) => {
      const box = ref.current;
      if (box === null || (top === seen.current.top && left === seen.current.left)) return;
      box.scrollTo({ top, left, behavior: 'instant' });
      seen.current = { ...seen.current, top: box.scrollTop, left: box.scrollLeft };
      const next = gridWindowOf(seen.current, rows, cols, scale);
      setVisible((was) => (sameWindow(was, next) ? was : next));
    },
    [rows, cols, scale],
  );
  return { ref, visible, screen, scrollTo };
}
