import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Whether `el` cuts its text: on its line, wider than its box; shown whole, wrapped onto more than
 * one line (its box is then as wide as its line leaves the text, chevron included).
 */
function textIsCut(el: HTMLElement, whole: boolean): boolean {
  if (!whole) return el.scrollWidth > el.clientWidth;
  const css = getComputedStyle(el);
  const height = el.scrollHeight - parseFloat(css.paddingTop) - parseFloat(css.paddingBottom);
  return height > parseFloat(css.lineHeight) * 1.5;
}

/**
 * Whether the one line of `line` cuts its text (`content`), and whether it is shown whole: when
 * cut and `asked` (the pointer on it, or keyboard focus). Measured before the page is painted when
 * the text changes, when it unfolds or folds and when its `slot` changes size (the window, the
 * side panel): a message that fits, arriving while the one before is shown whole, is not left
 * unfolded.
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
    const measure = () => {
      const el = line.current;
      if (el !== null) setCut(textIsCut(el, expanded));
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
