import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Whether the one line of `line` cuts its text (`content`), and whether it is shown whole: when
 * cut and `asked` (the pointer on it, or keyboard focus). Measured before the page is painted when
 * the text changes, when it is folded back to its line and when its `slot` changes size (the
 * window, the side panel); while shown whole the text wraps and cannot be measured, so the answer
 * stays the one it had on its line.
 */
export function useTextCut(
  slot: RefObject<HTMLElement | null>,
  line: RefObject<HTMLElement | null>,
  content: string,
  asked: boolean,
): { readonly cut: boolean; readonly expanded: boolean } {
  const [cut, setCut] = useState(false);
  const expanded = cut && asked;
  useLayoutEffect(() => {
    if (expanded) return;
    const measure = () => {
      const el = line.current;
      if (el !== null) setCut(el.scrollWidth > el.clientWidth);
    };
    measure();
    const box = slot.current;
    if (box === null) return;
    const watch = new ResizeObserver(measure);
    watch.observe(box);
    return () => {
      watch.disconnect();
    };
  }, [slot, line, content, expanded]);
  return { cut, expanded };
}
