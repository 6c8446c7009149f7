import { useEffect, useMemo, useRef, useState } from 'react';
import { nextPartSize, partSizeRange, partToMount } from '../mountParts';
import { afterNextPaint } from './afterNextPaint';
import type { PaintTiming } from './afterNextPaint';

/** What a part waits for before it is mounted: a paint (`afterNextPaint`), or more. */
export type PartWait = (callback: (timing: PaintTiming) => void) => () => void;

/** How parts are ordered and when one may come (`useMountedInParts`). */
export interface PartsPace<T> {
  /**
   * Each family's distance from what the user looks at, worked out afresh for each part
   * (`awayFromView`): the nearest are mounted first.
   */
  readonly away?: (items: T[]) => (family: string) => number;
  /**
   * What a part waits for (a paint, by default); it learns the paint's timing, which measures
   * the part before it, however long it waits after.
   */
  readonly wait?: PartWait;
}

const always = () => true;
const never = () => false;

/**
 * The things to hand React Flow (`mountParts.ts`): those already mounted, and
 * new ones a part at a time, each part after a paint (the first too, when
 * there are several). A part is `perPart` things (more in a very long list),
 * then as many as the budget allows by what the last part cost, its mount or
 * its frame (`nextPartSize`). `ready` says whether a new one can be mounted
 * yet; `readyRevision` changes when its answers may have. A part waits for a
 * paint once: things that change in the meantime (a layout's positions, a
 * route) do not put the next part off again. New things `atOnce` says were on
 * screen already are mounted at once, in no part (`partToMount`). `pace` may order the parts
 * by what the user looks at, and hold them back (a pan: `PartsPace`).
 */
export function useMountedInParts<T extends { readonly id: string }>(
  items: T[],
  perPart: number,
  ready: (id: string) => boolean = always,
  readyRevision: unknown = null,
  atOnce: (item: T) => boolean = never,
  pace: PartsPace<T> = {},
): T[] {
  const { away, wait = afterNextPaint } = pace;
  const [mounted, setMounted] = useState<ReadonlySet<string>>(() => new Set());
  // Whether parts are being mounted: the first part of many waits for a paint, the others follow.
  const [going, setGoing] = useState(false);
  // The next part's size, by what the last one cost; null until one was measured.
  const [measured, setMeasured] = useState<number | null>(null);
  const range = useMemo(() => partSizeRange(items.length, perPart), [items.length, perPart]);
  const { mount, waiting } = useMemo(
    () => partToMount(items, mounted, measured ?? range.most, ready, !going, atOnce, away?.(items)),
    // `ready`, `atOnce` and `away` are read afresh whenever `readyRevision` or `items` change,
    // and `away` at each part (where the user looks then).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, mounted, range, measured, readyRevision, going],
  );
  /** What the last commit handed React Flow, and the sizes its parts may take. */
  const committed = useRef({ mount, range });
  /** Cancels the next part's wait for a paint, while one waits. */
  const pending = useRef<(() => void) | null>(null);
  /** When the last part was handed over: its mount starts in the next task. */
  const handed = useRef<number | null>(null);
  useEffect(() => {
    committed.current = { mount, range };
    const same = mount.length === mounted.size && mount.every((item) => mounted.has(item.id));
    if (waiting === 0) {
      pending.current?.();
      pending.current = null;
      handed.current = null;
      setGoing(false);
      setMeasured(null);
      if (!same) setMounted(new Set(mount.map((item) => item.id)));
      return;
    }
    if (same && going) return;
    pending.current ??= wait(({ frame, after }) => {
      pending.current = null;
      const last = handed.current;
      if (last !== null) {
        // The part handed at `last` was mounted before this frame began, and drawn in it.
        const cost = Math.max(frame - last, after - frame);
        setMeasured((size) =>
          nextPartSize(size ?? committed.current.range.most, cost, committed.current.range),
        );
      }
      handed.current = performance.now();
      setGoing(true);
      setMounted(new Set(committed.current.mount.map((item) => item.id)));
    });
  }, [mount, range, waiting, mounted, going, wait]);
  useEffect(
    () => () => {
      pending.current?.();
      pending.current = null;
    },
    [],
  );
  return mount;
}
