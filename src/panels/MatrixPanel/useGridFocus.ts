import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { MATRIX_CELL, scrollToShow } from './gridWindow';
import type { GridWindow } from './gridWindow';
import { gridMove, gridPlaceIn } from './gridKeys';
import type { GridPlace } from './gridKeys';
import type { GridScroll } from './useGridWindow';

export interface GridFocusInput {
  readonly rows: number;
  readonly cols: number;
  /** The body line of each row (namespaces head their rows: a row's line is not its index). */
  readonly lineOfRow: readonly number[];
  /** Table pixels above the cells (the heads of the columns) and left of them (the row heads). */
  readonly heads: { readonly top: number; readonly left: number };
  readonly scale: number;
  readonly scroll: GridScroll;
  /** What a click, Enter or Space does on a place. */
  readonly act: (at: GridPlace) => void;
  /**
   * During a lesson Page Up, Page Down and Space are the presenter's clicker (the next and the
   * previous step): the grid leaves them to it.
   */
  readonly clicker: boolean;
}

export interface GridFocus {
  /** The one place in the tab order: where the focus was last, or the nearest drawn to it. */
  readonly stop: GridPlace;
  readonly tableRef: React.RefObject<HTMLTableElement | null>;
  readonly onKeyDown: (e: KeyboardEvent) => void;
  readonly onClick: (e: MouseEvent) => void;
  readonly onFocus: (e: FocusEvent) => void;
  readonly onBlur: (e: FocusEvent) => void;
}

/** The place a grid element stands for (`data-row`, `data-col`), or null outside the places. */
export function placeOf(target: EventTarget | null): { at: GridPlace; el: HTMLElement } | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>('[data-col]');
  if (el === null) return null;
  return { at: { row: Number(el.dataset.row), col: Number(el.dataset.col) }, el };
}

const selectorOf = (at: GridPlace) =>
  `[data-row="${String(at.row)}"][data-col="${String(at.col)}"]`;

/** The rows whose lines the window draws, as a range of rows `[first, last]`. */
function drawnRows(lineOfRow: readonly number[], visible: GridWindow): [number, number] {
  let first = lineOfRow.findIndex((line) => line >= visible.rowStart);
  if (first === -1) first = lineOfRow.length - 1;
  let last = first;
  while (last + 1 < lineOfRow.length && (lineOfRow[last + 1] ?? Infinity) < visible.rowEnd) last++;
  return [first, last];
}

const clamp = (n: number, least: number, most: number) => Math.max(least, Math.min(most, n));

/**
 * The matrix as one stop of the tab order (a roving tabindex): arrow keys, Home, End, PageUp and
 * PageDown move the focus (`gridMove`), the place moved to is scrolled into view and drawn at
 * once if the window had not drawn it, and Enter or Space does what a click does. A focused cell
 * that a scroll takes out of the window hands the focus to the nearest one drawn.
 */
export function useGridFocus(input: GridFocusInput): GridFocus {
  const { rows, cols, lineOfRow, heads, scale, scroll, act, clicker } = input;
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<GridPlace>({ row: 0, col: 0 });
  /** Focus the active place once it is drawn (a key or a click moved it). */
  const wanted = useRef(false);
  /** The element of the grid that had the focus, while the focus is in the grid. */
  const focused = useRef<HTMLElement | null>(null);
  const at = gridPlaceIn(active, { rows, cols });
  const { visible } = scroll;
  const [first, last] = drawnRows(lineOfRow, visible);
  const stop: GridPlace = {
    row: at.row === -1 ? -1 : clamp(at.row, first, last),
    col: at.col === -1 ? -1 : clamp(at.col, visible.colStart, Math.max(0, visible.colEnd - 1)),
  };

  const reveal = useCallback(
    (to: GridPlace) => {
      const screen = scroll.screen();
      const box = {
        top: heads.top + (lineOfRow[to.row] ?? 0) * MATRIX_CELL,
        left: heads.left + to.col * MATRIX_CELL,
        width: MATRIX_CELL,
        height: MATRIX_CELL,
      };
      // Under the column heads sticks the heading of the namespace whose rows scroll by.
      const stuck = { top: heads.top + MATRIX_CELL, left: heads.left };
      const next = scrollToShow(screen, box, stuck, scale);
      scroll.scrollTo(
        to.row === -1 ? screen.top : next.top,
        to.col === -1 ? screen.left : next.left,
      );
    },
    [scroll, heads, lineOfRow, scale],
  );

  const moveTo = useCallback(
    (to: GridPlace) => {
      wanted.current = true;
      setActive(to);
      reveal(to);
    },
    [reveal],
  );

  useLayoutEffect(() => {
    const table = tableRef.current;
    if (table === null) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wanted.current) {
      const el = table.querySelector<HTMLElement>(selectorOf(at));
      if (el !== null) {
        wanted.current = false;
        if (document.activeElement !== el) el.focus({ preventScroll: true });
      }
    } else if (lost && focused.current !== null && !focused.current.isConnected) {
      // A scroll took the focused cell out of the window: the nearest drawn one takes the focus.
      table.querySelector<HTMLElement>(selectorOf(stop))?.focus({ preventScroll: true });
    }
  });

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const place = placeOf(e.target);
      if (place === null || e.altKey) return;
      if (clicker && (e.key === 'PageUp' || e.key === 'PageDown' || e.key === ' ')) return;
      const page = Math.floor(
        (scroll.screen().height / scale - heads.top - MATRIX_CELL) / MATRIX_CELL,
      );
      const to = gridMove(place.at, e, { rows, cols, page });
      if (to !== null) {
        e.preventDefault();
        moveTo(to);
      } else if ((e.key === 'Enter' || e.key === ' ') && !(place.el instanceof HTMLButtonElement)) {
        // A head is a button, which clicks itself; a cell does what its click does.
        e.preventDefault();
        act(place.at);
      }
    },
    [scroll, scale, heads, rows, cols, moveTo, act, clicker],
  );

  const onClick = useCallback(
    (e: MouseEvent) => {
      const place = placeOf(e.target);
      if (place === null) return;
      wanted.current = true;
      setActive(place.at);
      act(place.at);
    },
    [act],
  );

  const onFocus = useCallback((e: FocusEvent) => {
    const place = placeOf(e.target);
    if (place === null) return;
    focused.current = place.el;
    setActive((was) => (was.row === place.at.row && was.col === place.at.col ? was : place.at));
  }, []);

  const onBlur = useCallback((e: FocusEvent) => {
    const table = tableRef.current;
    const to = e.relatedTarget;
    if (to instanceof Node && table?.contains(to) === true) return;
    const from = e.target;
    if (to !== null) focused.current = null;
    // No element took the focus: a click elsewhere (the focus left), or the cell was taken out
    // of the page by a scroll (the focus stays in the grid): told apart once it is gone.
    else
      queueMicrotask(() => {
        if (from instanceof Element && from.isConnected) focused.current = null;
      });
  }, []);

  return { stop, tableRef, onKeyDown, onClick, onFocus, onBlur };
}
