import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, PointerEvent, RefObject } from 'react';

/** What a tip says of a grid element: a head's whole name (`data-name`), a cell's words. */
function tipTextOf(el: HTMLElement): string {
  return el.dataset.name ?? el.getAttribute('aria-label') ?? '';
}

interface Tip {
  readonly el: HTMLElement;
  /** Shown by the pointer on a head (else by the keyboard's focus). */
  readonly hover: boolean;
}

/**
 * The one tip of the matrix: what the focused cell says (keyboard focus), or a head's whole name
 * (focus or hover). One element for the grid, placed in JavaScript, so that it can turn left or
 * up at the right and bottom edges of the view (a style sheet's tip of each element cannot).
 */
export function useMatrixTip() {
  const [tip, setTip] = useState<Tip | null>(null);
  const onFocusTip = useCallback((e: FocusEvent) => {
    const el = e.target;
    if (el instanceof HTMLElement && el.matches(':focus-visible')) setTip({ el, hover: false });
  }, []);
  const onBlurTip = useCallback((e: FocusEvent) => {
    setTip((was) => (was?.el === e.target && !was.hover ? null : was));
  }, []);
  const onPointerOver = useCallback((e: PointerEvent) => {
    const head = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-name]') : null;
    setTip((was) => {
      if (head !== null) return was?.el === head ? was : { el: head, hover: true };
      return was?.hover === true ? null : was;
    });
  }, []);
  const onPointerLeave = useCallback(() => {
    setTip((was) => (was?.hover === true ? null : was));
  }, []);
  return { tip: tip?.el ?? null, onFocusTip, onBlurTip, onPointerOver, onPointerLeave };
}

const GAP = 4;

interface Props {
  /** The element the tip speaks of, or null (no tip). */
  readonly target: HTMLElement | null;
  /** The box the tip stays within (the matrix's scroll box and what wraps it). */
  readonly area: RefObject<HTMLElement | null>;
  /** The scroll box, whose scrolling moves the target. */
  readonly scroller: RefObject<HTMLElement | null>;
  readonly scale: number;
}

/**
 * Below the target (right of a row's head), turned left where it would leave the view on the
 * right and up where it would leave it at the bottom, and always wholly within it.
 */
export function MatrixTip({ target, area, scroller, scale }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const text = target === null ? '' : tipTextOf(target);
  const place = useCallback(() => {
    const tip = ref.current;
    const box = area.current;
    if (tip === null || box === null || target === null) return;
    if (!target.isConnected) {
      tip.hidden = true;
      return;
    }
    tip.hidden = false;
    const a = box.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const beside = target.closest('[scope="row"]') !== null;
    let left = beside ? r.right + GAP : r.left;
    let top = beside ? r.top : r.bottom + GAP;
    if (left + w > a.right) left = beside ? r.left - GAP - w : r.right - w;
    if (top + h > a.bottom) top = beside ? r.bottom - h : r.top - GAP - h;
    left = Math.max(a.left, Math.min(left, a.right - w));
    top = Math.max(a.top, Math.min(top, a.bottom - h));
    tip.style.left = `${String(Math.round(left - a.left))}px`;
    tip.style.top = `${String(Math.round(top - a.top))}px`;
  }, [target, area]);
  useLayoutEffect(place);
  useEffect(() => {
    const box = scroller.current;
    if (target === null || box === null) return;
    box.addEventListener('scroll', place, { passive: true });
    return () => {
      box.removeEventListener('scroll', place);
    };
  }, [target, scroller, place]);
  if (target === null) return null;
  return (
    <div
      ref={ref}
      className="matrix-tip"
      role="tooltip"
      style={{ fontSize: 12 * scale, padding: `${String(3 * scale)}px ${String(7 * scale)}px` }}
    >
      {text}
    </div>
  );
}
