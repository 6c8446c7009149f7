import { useEffect, useMemo, useRef } from 'react';
import { boxesWithTheirCards } from '../mountParts';
import type { Placed } from '../mountParts';

/**
 * `drawn` (the part of `all` mounted so far), each box whose cards wait for a later part drawn
 * as the canvas last drew it, at its new place (`boxesWithTheirCards`): a namespace that opens (F
 * on a busy workload, Expand all) stays its collapsed box until the part that brings its cards,
 * never an open, empty box with lines ending in it. `all` itself once everything is drawn.
 */
export function useBoxesWithTheirCards<T extends Placed>(all: T[], drawn: T[]): T[] {
  // The boxes (and the other top-level nodes) as last drawn.
  const before = useRef(new Map<string, T>());
  const shown = useMemo(() => boxesWithTheirCards(all, drawn, before.current), [all, drawn]);
  useEffect(() => {
    const last = new Map<string, T>();
    for (const node of shown) if (node.parentId === undefined) last.set(node.id, node);
    before.current = last;
  }, [shown]);
  return shown;
}
